"""Replay: a round's code at each saved moment, with the Run of that moment or the last one before it."""

from __future__ import annotations

from app.progress.replay import replay


def test_replay_walks_autosaves_runs_and_the_submit_in_order(service, bank, starter_code):
    sid = service.start_loop(bank.loops["fixture-loop"])
    service.save_code(sid, 0, starter_code + "\n# typed\n")
    service.clock.advance(40)
    service.wait(service.run(sid, 0, starter_code + "\n# ran\n"))
    service.clock.advance(40)
    service.save_code(sid, 0, starter_code + "\n# after the run\n")
    service.clock.advance(40)
    reference = bank.problems["prefix-sum-inplace"].reference_path.read_text()
    service.wait(service.submit(sid, 0, reference))
    frames = replay(service.store, service.view(sid).rounds[0])
    assert [f.reason for f in frames] == ["autosave", "run", "autosave", "submit"]
    last_lines = [f.source.rstrip().rsplit("\n", 1)[-1] for f in frames[:3]]
    assert last_lines == ["# typed", "# ran", "# after the run"]
    assert frames[0].attempt is None, "nothing was run before the first save"
    assert frames[1].attempt.kind == "run" and frames[1].attempt_is_now
    assert frames[2].attempt is frames[1].attempt and not frames[2].attempt_is_now, "the last Run before"
    assert frames[3].attempt.kind == "submit" and frames[3].source == reference
    assert [f.label for f in frames] == ["00:00 autosave", "00:40 run", "01:20 autosave", "02:00 submit"]
