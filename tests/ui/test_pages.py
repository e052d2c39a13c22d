"""Every page renders through the real entry point and drives the real core and database."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from app.ui.components.editor import answer_key, editor_key

INTERVIEW = "app_pages/interview.py"
REVIEW = "app_pages/review.py"
HISTORY = "app_pages/history.py"
LOOP = "fixture-loop"


def wait_for(condition: Callable[[], object], timeout: float = 120.0) -> object:
    """Poll until `condition()` is truthy (a background grade has finished) or fail."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError("timed out waiting for a background grade")


def texts(at) -> str:
    return "\n".join(str(e.value) for kind in ("markdown", "caption", "info", "success", "error", "warning")
                     for e in getattr(at, kind))


def test_home_lists_loops_and_starting_one_opens_the_interview(app_env, make_app, service):
    at = make_app().run()
    assert not at.exception
    assert "Fixture loop · 20 min" in texts(at)
    at.button(key=f"home_start_{LOOP}").click().run()
    assert not at.exception
    [session] = service.store.sessions()
    assert session.loop_id == LOOP
    assert at.query_params["session"] == [session.id] or at.query_params["session"] == session.id
    assert "Round 1: Memory-efficient prefix sum" in [h.value for h in at.subheader]


def test_home_builds_a_custom_loop(app_env, make_app, service):
    at = make_app().run()
    at.multiselect(key="home_kinds").set_value(["concept"])
    at.button(key="home_build").click().run()
    assert not at.exception
    [session] = service.store.sessions()
    assert session.loop_id == "custom" and service.view(session.id).current.kind == "concept"


def test_a_custom_loop_the_bank_cannot_fill_says_how_to_change_it(app_env, make_app, service):
    at = make_app().run()
    at.multiselect(key="home_kinds").set_value(["coding", "ml_coding", "concept", "design"])
    at.slider(key="home_minutes").set_value(10)
    at.button(key="home_build").click().run()
    assert not at.exception
    assert not service.store.sessions(), "nothing is started"
    [error] = at.error
    assert "nothing in the bank" in error.value and "2 per round" in error.value
    assert "try a longer loop" in error.value


@pytest.mark.parametrize("page", [INTERVIEW, REVIEW, HISTORY])
def test_pages_without_a_session_say_what_to_do(app_env, make_app, page):
    at = make_app(page).run()
    assert not at.exception
    assert at.info or at.title


def test_the_interview_autosaves_the_editor_and_runs_the_visible_tests(app_env, make_app, service):
    sid = service.start_loop(service.bank.loops[LOOP])
    reference = service.bank.problems["prefix-sum-inplace"].reference_path.read_text()
    at = make_app(INTERVIEW, sid)
    at.session_state[editor_key(sid, 0)] = reference
    at.run()
    assert not at.exception
    assert [m.label for m in at.metric][:2] == ["Round 1 of 2", "Loop time left"]
    assert service.view(sid).current.code == reference, "the editor's text is saved as it changes"
    at.button(key=f"iv_run_{sid}_0").click().run()
    wait_for(lambda: [a for a in service.store.attempts(sid, 0) if a.status == "done"])
    at.run()
    assert not at.exception
    assert any("3/3 passed" in s.value for s in at.success), texts(at)


def test_code_that_cannot_be_graded_says_so_and_keeps_the_syntax_errors_caret(app_env, make_app, service):
    sid = service.start_loop(service.bank.loops[LOOP])
    at = make_app(INTERVIEW, sid)
    at.session_state[editor_key(sid, 0)] = "def prefix_sum_inplace(arr)\n    return arr\n"
    at.run()
    at.button(key=f"iv_run_{sid}_0").click().run()
    wait_for(lambda: [a for a in service.store.attempts(sid, 0) if a.status == "done"])
    at.run()
    assert not at.exception
    assert any("could not be graded" in e.value for e in at.error), texts(at)
    assert not any("0/0" in e.value for e in at.error)
    shown = [c.value for c in at.code if "SyntaxError on line 1" in c.value]
    assert shown and shown[0].splitlines()[-1].strip() == "^", "the caret keeps its own line"


def test_a_hint_is_revealed_and_recorded(app_env, make_app, service):
    sid = service.start_loop(service.bank.loops[LOOP])
    at = make_app(INTERVIEW, sid).run()
    at.button(key=f"iv_hint_{sid}_0").click().run()
    assert not at.exception
    assert any(i.value.startswith("**Hint 1.**") for i in at.info)
    assert len(service.store.hints(sid)[0]) == 1


def test_a_concept_answer_is_locked_and_scored(app_env, make_app, service):
    sid = service.start_loop(service.bank.loops[LOOP])
    service.submit(sid, 0, service.bank.problems["prefix-sum-inplace"].starter)
    service.next_round(sid)
    at = make_app(INTERVIEW, sid)
    at.session_state[answer_key(sid, 1)] = "bias, variance and noise"
    at.run()
    assert service.view(sid).rounds[1].answer == "bias, variance and noise", "saved as typed, no blur"
    at.button(key=f"iv_lock_{sid}_1").click().run()
    assert not at.exception
    assert service.view(sid).rounds[1].answer == "bias, variance and noise"
    assert any(m.value == "Model answer" or "Model answer" in m.value for m in at.markdown)
    at.radio(key=f"iv_rubric_{sid}_1_0").set_value("strong").run()
    assert service.store.rubric_scores(sid) == {1: {0: "strong"}}
    assert [m.value for m in at.metric if m.label == "Rubric score"] == ["2 / 5"]
    at.button(key=f"iv_next_{sid}_1").click().run()
    assert not at.exception
    assert service.view(sid).phase == "between", "moving on with a criterion unscored asks first"
    assert any("not scored yet" in w.value for w in at.warning)
    at.button(key=f"iv_next_{sid}_1").click().run()
    assert service.view(sid).phase == "finished"
    assert service.store.rubric_scores(sid) == {1: {0: "strong"}}, "unscored stays unscored, not missed"


def test_review_shows_scores_hidden_tests_and_code(app_env, make_app, service):
    sid = service.start_loop(service.bank.loops[LOOP])
    reference = service.bank.problems["prefix-sum-inplace"].reference_path.read_text()
    service.wait(service.submit(sid, 0, reference))
    service.finish(sid)
    at = make_app(REVIEW, sid).run()
    assert not at.exception
    assert [m.value for m in at.metric if m.label == "Total score"] == ["50%"]
    assert any(e.label.startswith("Hidden tests: test_hidden.py") for e in at.expander)
    assert any(c.value.strip() == reference.strip() for c in at.code), "the code as submitted is shown"


def test_history_lists_sessions_and_reopens_a_review(app_env, make_app, service):
    sid = service.start_loop(service.bank.loops[LOOP])
    service.finish(sid)
    at = make_app(HISTORY).run()
    assert not at.exception
    assert any("Fixture loop" in m.value for m in at.markdown)
    at.button(key=f"hi_open_{sid}").click().run()
    assert not at.exception
    assert at.title[0].value == "Review: Fixture loop"


def test_history_reopens_a_finished_pair_loop_as_its_candidate(app_env, make_app, service):
    sid = service.start_loop(service.bank.loops[LOOP], pair=True)
    service.join(service.pair_access(sid)[1])  # the loop runs once its interviewer joins
    service.finish(sid, actor=service.actor(sid, service.pair_access(sid)[0]))
    at = make_app(HISTORY).run()
    at.button(key=f"hi_open_{sid}").click().run()
    assert not at.exception
    assert not any("not valid" in e.value for e in at.error), texts(at)
    assert at.title[0].value == "Debrief", "the pair review opens, at its blind-scoring gate"


def test_practice_shows_the_chapter_notes_and_pauses(app_env, make_app, service):
    sid = service.start_practice("prefix-sum-inplace")
    at = make_app(INTERVIEW, sid).run()
    assert not at.exception
    assert any(e.label.startswith("Notes: Arrays in place") for e in at.expander)
    at.button(key=f"iv_pause_{sid}").click().run()
    assert service.view(sid).clock.paused
    assert any("Paused" in i.value for i in at.info)


def test_a_pair_interview_opened_with_a_wrong_token_is_refused_and_shows_nothing(app_env, make_app, service):
    sid = service.start_loop(service.bank.loops[LOOP], pair=True)
    service.join(service.pair_access(sid)[1])
    saved = service.save_code(sid, 0, "# marker-secret-code\n",
                              actor=service.actor(sid, service.pair_access(sid)[0]))
    assert saved.saved
    for page in (INTERVIEW, "app_pages/interviewer.py", REVIEW):
        at = make_app(page, sid)
        at.query_params["as"] = "not-a-real-token"
        at.run()
        assert not at.exception
        assert any("not valid" in e.value for e in at.error), texts(at)
        assert "marker-secret-code" not in texts(at) + "".join(str(c.value) for c in at.code)


def test_a_pair_loop_waits_for_its_interviewer_and_can_start_without_one(app_env, make_app, service):
    sid = service.start_loop(service.bank.loops[LOOP], pair=True)
    token, code = service.pair_access(sid)
    at = make_app(INTERVIEW, sid)
    at.query_params["as"] = token
    at.run()
    assert not at.exception
    assert any("Waiting for your interviewer" in i.value and code in i.value for i in at.info), texts(at)
    assert not at.subheader, "the first round stays closed while the clock waits"
    at.button(key=f"iv_begin_{sid}").click().run()
    assert not at.exception
    assert service.view(sid).phase == "answering"
    assert at.subheader[0].value.startswith("Round 1"), texts(at)


def test_the_candidate_of_a_pair_interview_sees_the_join_code_and_not_the_reference(app_env, make_app,
                                                                                   service):
    sid = service.start_loop(service.bank.loops[LOOP], pair=True)
    token, code = service.pair_access(sid)
    at = make_app(INTERVIEW, sid)
    at.query_params["as"] = token
    at.run()
    assert not at.exception
    assert any(code in e.label for e in at.expander)
    reference = service.bank.problems["prefix-sum-inplace"].reference_path.read_text()
    assert not any(reference.strip() in str(c.value) for c in at.code)


def test_the_interviewer_sees_the_reference_and_gives_a_hint(app_env, make_app, service):
    sid = service.start_loop(service.bank.loops[LOOP], pair=True)
    _, code = service.pair_access(sid)
    _, token = service.join(code)
    at = make_app("app_pages/interviewer.py", sid)
    at.query_params["as"] = token
    at.run()
    assert not at.exception
    reference = service.bank.problems["prefix-sum-inplace"].reference_path.read_text()
    assert any(reference.strip() == str(c.value).strip() for c in at.code), "the reference is shown"
    at.button(key=f"ir_hint_{sid}_0").click().run()
    assert service.store.hint_givers(sid)[0] == ["interviewer"]
