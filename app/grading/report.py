"""The grader's one versioned result format (version 1), shared by the CLI, the UI and storage."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal

REPORT_VERSION = 1
Status = Literal["pass", "fail", "error"]


@dataclass(frozen=True)
class TestResult:
    """One test's outcome, with a message written for the candidate."""

    name: str
    status: Status
    message: str = ""
    hidden: bool = False
    duration_s: float = 0.0
    output: str = ""


@dataclass(frozen=True)
class GradeReport:
    """What a grading run found: overall status, a summary message and each test's result."""

    status: Status
    message: str
    duration_s: float
    tests: list[TestResult] = field(default_factory=list)
    problem_id: str = ""
    include_hidden: bool = False
    isolation: str = ""
    version: int = REPORT_VERSION

    @property
    def passed(self) -> int:
        return sum(t.status == "pass" for t in self.tests)

    @property
    def total(self) -> int:
        return len(self.tests)

    def to_dict(self) -> dict:
        """Return the JSON shape promised by `mockloop grade --json` (keys only ever added)."""
        data = asdict(self)
        data["passed"] = self.passed
        data["total"] = self.total
        return data

    @classmethod
    def from_dict(cls, data: dict) -> GradeReport:
        """Rebuild a report saved with `to_dict`."""
        tests = [TestResult(**{k: v for k, v in t.items() if k in TestResult.__dataclass_fields__})
                 for t in data.get("tests", [])]
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__ and k != "tests"}
        return cls(tests=tests, **known)
