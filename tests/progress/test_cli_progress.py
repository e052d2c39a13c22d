"""`mockloop export`, `import` and `progress` on a synthetic history."""

from __future__ import annotations

from app.cli import main
from app.progress.synthetic import build_history
from app.store import open_store


def test_export_import_and_progress_from_the_command_line(service, sqlite_url, tmp_path, capsys, improving,
                                                          stuck, first_day):
    build_history(service.store, [improving, stuck], sessions=9, first_day=first_day, days=20)
    content = ["--content", str(service.bank.root)]
    dump = tmp_path / "history.json"
    assert main([*content, "export", "--json", str(dump), "--database-url", sqlite_url]) == 0
    assert main([*content, "export", "--csv", str(tmp_path / "csv"), "--database-url", sqlite_url]) == 0
    assert (tmp_path / "csv" / "round_results.csv").is_file()
    empty = f"sqlite:///{tmp_path / 'empty.db'}"
    assert main([*content, "import", str(dump), "--database-url", empty]) == 0
    assert len(open_store(empty).round_results()) == 18
    capsys.readouterr()
    assert main([*content, "import", str(dump), "--database-url", empty]) == 1
    assert "empty database" in capsys.readouterr().err
    assert main([*content, "progress", "--database-url", empty]) == 0
    out = capsys.readouterr().out
    assert "learning-theory" in out and "arrays" in out and "Due" in out
