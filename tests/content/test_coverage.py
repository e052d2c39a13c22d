"""The concept bank covers the syllabus: every seed 002 heading, seed 004's optimizer set, seed 003."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from app.content.loader import load_bank
from app.paths import PROJECT_ROOT, content_root

BANK = load_bank(content_root())
SEED_002 = next((PROJECT_ROOT.parent / "shared" / "seeds").glob("002_*.txt"), None)

# Each topic heading of seed 002 and the rubric topic (file) that covers it.
HEADINGS = {
    "General Statistics": "statistics",
    "Linear Regression": "linear-regression",
    "Naive Bayes, Logistic Regression and GLMs": "glms",
    "SVMs": "svms",
    "Decision Trees": "decision-trees",
    "Ensemble Learning": "ensembles",
    "Dimensionality Reduction": "dimensionality-reduction",
    "Unsupervised Clustering": "clustering",
    "Gaussian Process": "gaussian-processes",
    "Causal Inference": "causal-inference",
    "ARIMA": "time-series",
    "Basics": "dl-basics",
    "Activations": "activations",
    "Initialization": "initialization",
    "Optimization": "optimization",
    "CNNs": "cnns",
    "RNNs": "rnns",
    "Attention and Transformers": "transformers",
    "VAEs": "vaes",
    "Diffusion": "diffusion",
    "Flows": "flows",
    "GANs": "gans",
    "GNNs": "gnns",
    "Computer Vision": "computer-vision",
    "NLP": "nlp",
    "RL": "reinforcement-learning",
    "Audio": "audio",
    "Multimodal": "multimodal",
    "Post-Training": "post-training",
    "Hyperparameter optimization": "hyperparameter-optimization",
    "Computational performance": "computational-performance",
    "System Design": "system-design",
    "Modeling": "ml-modeling",
    "OOP / Python": "python-oop",
}
PER_TOPIC = Counter(BANK.question_topic.values())


@pytest.mark.skipif(SEED_002 is None, reason="the syllabus (../shared/seeds) is not beside this clone")
def test_the_heading_map_names_every_seed_heading() -> None:
    text = SEED_002.read_text(encoding="utf-8").split("\n## Code")[0]
    headings = {m.group(1).strip() for m in re.finditer(r"^- ([A-Z][^?$\n]*)$", text, re.MULTILINE)
                if not m.group(1).startswith(("What", "Why", "How"))}
    assert headings - set(HEADINGS) == set()


@pytest.mark.parametrize("heading", sorted(HEADINGS))
def test_every_seed_heading_has_at_least_three_questions(heading: str) -> None:
    topic = HEADINGS[heading]
    assert PER_TOPIC[topic] >= 3, f"'{heading}' (rubrics/{topic}.yaml) has {PER_TOPIC[topic]} questions"


def test_the_bank_has_150_concept_questions_and_10_design_prompts() -> None:
    kinds = Counter(q.kind for q in BANK.questions.values())
    assert kinds["concept"] >= 150
    assert kinds["design"] >= 10


def test_design_prompts_have_a_rubric_by_phase() -> None:
    for question in (q for q in BANK.questions.values() if q.kind == "design"):
        assert 30 <= question.minutes <= 45, question.id
        assert len(question.criteria) >= 5, f"{question.id}: a design rubric covers every phase"


def test_seed_004_optimizer_questions_are_all_there() -> None:
    sources = {q.source for q in BANK.questions.values() if q.source and q.source.startswith("seed 004")}
    assert {f"seed 004, Q{i}" for i in range(1, 8)} <= sources


def test_seed_003_role_and_process_knowledge_is_covered() -> None:
    assert PER_TOPIC["ml-roles-and-process"] >= 3


def test_question_points_add_up_and_descriptors_differ() -> None:
    for question in BANK.questions.values():
        assert question.total_points == sum(c.points for c in question.criteria) > 0
        for criterion in question.criteria:
            assert len({criterion.weak, criterion.good, criterion.strong}) == 3, (
                f"{question.id}: weak, good and strong must describe different answers")


def test_question_ids_are_unique_across_files() -> None:
    ids: list[str] = []
    for path in sorted(Path(content_root(), "rubrics").glob("*.yaml")):
        ids += re.findall(r"^  - id: (\S+)", path.read_text(encoding="utf-8"), re.MULTILINE)
    duplicates = [i for i, n in Counter(ids).items() if n > 1]
    assert duplicates == []
