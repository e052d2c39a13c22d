"""The practice picker: filters, search and a table over the whole bank; one row opens practice."""

from __future__ import annotations

import pytest
import streamlit as st

from app.content.loader import load_bank
from app.content.titles import short_title
from app.paths import PROJECT_ROOT
from app.sessions.service import SessionService
from app.store import open_store
from app.ui.components.practice_picker import TABLE_KEY


@pytest.fixture
def real_service(tmp_path, monkeypatch) -> SessionService:
    """Point the app at the real content bank and a fresh database; return a service on both."""
    url = f"sqlite:///{tmp_path / 'mockloop.db'}"
    monkeypatch.setenv("MOCKLOOP_CONTENT", str(PROJECT_ROOT))
    monkeypatch.setenv("MOCKLOOP_DATABASE_URL", url)
    st.cache_resource.clear()
    yield SessionService(open_store(url), load_bank(PROJECT_ROOT))
    st.cache_resource.clear()


def table(at):
    [frame] = [d.value for d in at.dataframe]
    return frame


def test_the_table_lists_the_whole_bank_and_filters_narrow_it(real_service, make_app):
    bank = real_service.bank
    at = make_app().run()
    assert not at.exception
    assert len(table(at)) == len(bank.problems) + len(bank.questions)
    assert not at.selectbox, "no more one long dropdown"
    at.multiselect(key="home_practice_kinds").set_value(["coding"]).run()
    at.multiselect(key="home_practice_levels").set_value(["hard"]).run()
    frame = table(at)
    want = sum(1 for p in bank.problems.values()
               if p.manifest.kind == "coding" and p.manifest.difficulty == "hard")
    assert len(frame) == want > 0
    assert set(frame["Kind"]) == {"coding"} and set(frame["Difficulty"]) == {"hard"}
    at.multiselect(key="home_practice_topics").set_value(["graphs"]).run()
    assert all("graphs" in topics for topics in table(at)["Topics"])


def test_search_matches_every_word_in_titles_and_topics(real_service, make_app):
    at = make_app().run()
    at.text_input(key="home_practice_query").input("dijkstra").run()
    assert list(table(at)["Title"]) == [real_service.bank.problems["dijkstra-shortest-paths"].manifest.title]
    at.text_input(key="home_practice_query").input("attention causal").run()
    titles = list(table(at)["Title"])
    assert real_service.bank.problems["causal-multi-head-attention"].manifest.title in titles
    at.text_input(key="home_practice_query").input("no-such-thing-at-all").run()
    assert len(table(at)) == 0
    assert at.button(key="home_practice").disabled


def test_a_solved_problem_is_marked_and_the_progress_filter_finds_it(real_service, make_app):
    problem = real_service.bank.problems["prefix-sum-inplace"]
    sid = real_service.start_practice(problem.id)
    real_service.wait(real_service.submit(sid, 0, problem.reference_path.read_text()))
    real_service.finish(sid)
    at = make_app().run()
    at.multiselect(key="home_practice_status").set_value(["solved"]).run()
    frame = table(at)
    assert list(frame["Title"]) == [problem.manifest.title] and list(frame["Progress"]) == ["solved"]
    at.multiselect(key="home_practice_status").set_value(["new"]).run()
    assert problem.manifest.title not in list(table(at)["Title"])


def test_choosing_a_row_opens_it_in_practice(real_service, make_app):
    at = make_app().run()
    at.text_input(key="home_practice_query").input("lru cache").run()
    frame = table(at)
    row = list(frame["Title"]).index(real_service.bank.problems["lru-cache"].manifest.title)
    at.session_state[TABLE_KEY] = {"selection": {"rows": [row], "columns": []}}
    at.run()
    button = at.button(key="home_practice")
    assert not button.disabled and "LRU" in button.label
    button.click().run()
    assert not at.exception
    [session] = real_service.store.sessions()
    assert session.mode == "practice" and real_service.view(session.id).current.item_id == "lru-cache"


def test_question_titles_end_on_a_word():
    text = "Explain why AdamW decouples weight decay from the adaptive gradient step and when it matters"
    cut = short_title(text, 40)
    assert cut.endswith("…") and len(cut) <= 40
    assert text.startswith(cut[:-1]) and text[len(cut) - 1] == " ", cut
    assert short_title("Short one\nsecond line", 40) == "Short one"
