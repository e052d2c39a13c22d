"""validate proves every known-wrong solution fails a hidden test and every alternative passes."""

from __future__ import annotations

import shutil
from pathlib import Path

from app.content.loader import load_bank
from app.grading import timing
from app.grading.proof import prove

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "ui-content"
PROBLEM = "prefix-sum-inplace"


def _bank_with(tmp_path: Path, wrong: dict[str, str], alternatives: dict[str, str]):
    root = tmp_path / "content"
    shutil.copytree(FIXTURE, root)
    meta = root / "problems" / PROBLEM / ".meta"
    for kind, files in (("wrong", wrong), ("alternatives", alternatives)):
        (meta / kind).mkdir(parents=True, exist_ok=True)
        for name, source in files.items():
            (meta / kind / name).write_text(source, encoding="utf-8")
    bank = load_bank(root)
    assert not bank.errors, bank.errors
    return bank.problems[PROBLEM]


def test_a_wrong_solution_that_passes_is_reported_and_a_caught_one_is_not(tmp_path):
    reference = (FIXTURE / "problems" / PROBLEM / ".meta" / "reference.py").read_text()
    copy_not_in_place = "def prefix_sum_inplace(arr):\n    import numpy as np\n    return np.cumsum(arr)\n"
    problem = _bank_with(tmp_path, {"not-really-wrong.py": reference, "returns-a-copy.py": copy_not_in_place},
                         {"same-as-reference.py": reference})
    proof = prove(problem)
    assert ["known-wrong solution .meta/wrong/not-really-wrong.py is not caught by a hidden test"] == [
        f for f in proof.failures if "wrong" in f]
    assert proof.wrong["returns-a-copy.py"].status != "pass"
    assert proof.alternatives["same-as-reference.py"].status == "pass"


def test_a_wrong_solution_that_cannot_even_run_proves_nothing(tmp_path):
    reference = (FIXTURE / "problems" / PROBLEM / ".meta" / "reference.py").read_text()
    problem = _bank_with(tmp_path, {
        "syntax.py": "def prefix_sum_inplace(arr:\n    return arr\n",
        "missing-module.py": "import numpyy\n" + reference,
        "never-imported.py": "def prefix_sum_inplace(arr):\n    return itertools.accumulate(arr)\n",
        "raises-its-own-error.py": "def prefix_sum_inplace(arr):\n    return arr[len(arr)]\n",
    }, {})
    failures = [f for f in prove(problem).failures if "wrong" in f]
    assert sorted(f.split()[2] for f in failures) == [
        ".meta/wrong/missing-module.py", ".meta/wrong/never-imported.py", ".meta/wrong/syntax.py"], failures
    assert all("fails before its mistake matters" in f for f in failures)
    assert any("NameError" in f and "itertools" in f for f in failures)


def test_a_rejected_correct_alternative_is_reported(tmp_path):
    problem = _bank_with(tmp_path, {}, {"broken.py": "def prefix_sum_inplace(arr):\n    return None\n"})
    assert any("alternatives/broken.py is rejected" in f for f in prove(problem).failures)


def test_a_wrong_solution_caught_only_by_a_visible_test_is_reported(tmp_path):
    reference = (FIXTURE / "problems" / PROBLEM / ".meta" / "reference.py").read_text()
    wrong_on_the_prompt_example = reference.replace(
        '    """', '    if len(arr) == 5 and list(arr) == [3, 1, 4, 1, 5]:\n        return arr\n    """', 1)
    assert wrong_on_the_prompt_example != reference
    problem = _bank_with(tmp_path, {"wrong-on-the-example.py": wrong_on_the_prompt_example}, {})
    proof = prove(problem)
    assert proof.failures == [
        "known-wrong solution .meta/wrong/wrong-on-the-example.py is not caught by a hidden test"]
    # The proof runs a wrong solution on the hidden tests only: the visible failure is not its.
    assert {t.hidden for t in proof.wrong["wrong-on-the-example.py"].tests} == {True}


def test_a_proof_stops_a_wrong_solution_at_its_first_failing_hidden_test(tmp_path):
    returns_none = "def prefix_sum_inplace(arr):\n    return None\n"
    problem = _bank_with(tmp_path, {"returns-none.py": returns_none}, {})
    report = prove(problem).wrong["returns-none.py"]
    assert report.status == "fail"
    assert [t.status for t in report.tests][:1] == ["fail"]
    assert all(t.message.startswith("Not run") for t in report.tests[1:]), report.tests


def test_the_hidden_test_that_caught_a_wrong_solution_is_tried_alone_next_time(tmp_path):
    returns_none = "def prefix_sum_inplace(arr):\n    return None\n"
    problem = _bank_with(tmp_path, {"returns-none.py": returns_none}, {})
    assert prove(problem, record_timings=True).ok
    [(name, caught_by)] = timing.read_catches(problem.folder).items()
    assert name == "returns-none.py" and caught_by.startswith("test_hidden.py::")
    again = prove(problem).wrong["returns-none.py"]
    assert [t.name for t in again.tests] == [caught_by] and again.status == "fail"


def test_a_recorded_catch_that_no_longer_catches_falls_back_to_every_hidden_test(tmp_path):
    reference = (FIXTURE / "problems" / PROBLEM / ".meta" / "reference.py").read_text()
    empty_is_none = reference.replace('    """', '    if len(arr) == 0:\n        return None\n    """', 1)
    problem = _bank_with(tmp_path, {"empty-is-none.py": empty_is_none}, {})
    assert prove(problem, record_timings=True).ok
    catch = "test_hidden.py::test_empty_and_single"
    assert timing.read_catches(problem.folder) == {"empty-is-none.py": catch}
    # A stale record: the named test passes on this wrong solution, or no longer exists.
    for stale in ("test_hidden.py::test_negative_and_float_values", "test_hidden.py::test_no_such_test"):
        timing.write_catches(problem.folder, {"empty-is-none.py": stale})
        proof = prove(problem)
        assert proof.ok, proof.failures
        caught = [t.name for t in proof.wrong["empty-is-none.py"].tests if t.status == "fail"]
        assert caught == [catch], "the full hidden run decides"
