"""The `mockloop` command line: validate, grade, list, doctor, serve, export, import, progress."""

from __future__ import annotations

import argparse
import json
import os
import stat
import sys
from collections.abc import Sequence
from pathlib import Path

from app.content.assembly import check_loop
from app.content.loader import Bank, content_root_problem, load_bank
from app.content.titles import short_title
from app.grading import sandbox
from app.grading.grader import SOURCE_LIMIT_BYTES
from app.grading.pool import Grader, GraderSettings
from app.grading.proof import prove_all
from app.paths import PROJECT_ROOT, content_root


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    previous = os.environ.get("MOCKLOOP_CONTENT")
    if args.content:
        # The environment carries it to `serve`'s Streamlit process (and is put back after).
        os.environ["MOCKLOOP_CONTENT"] = str(Path(args.content).resolve())
    try:
        if args.func is not cmd_doctor:
            unusable = content_root_problem(content_root())
            if unusable:
                print(f"mockloop: content folder {content_root()} {unusable}", file=sys.stderr)
                return 2
        return args.func(args)
    finally:
        # A caller in the same process (a test) must not inherit this run's content root.
        if args.content:
            if previous is None:
                os.environ.pop("MOCKLOOP_CONTENT", None)
            else:
                os.environ["MOCKLOOP_CONTENT"] = previous


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mockloop", description=__doc__)
    parser.add_argument("--content", help="content root (default: the project folder)")
    sub = parser.add_subparsers(required=True, metavar="COMMAND")

    p = sub.add_parser("validate", help="load all content and prove every problem gradable")
    p.add_argument("--problem", action="append", default=[], metavar="ID",
                   help="only prove these problems (repeatable)")
    # Twice the CPUs: part of a proof is tests that wait (threads, timeouts) on no CPU.
    p.add_argument("--jobs", type=int, default=2 * (os.cpu_count() or 2),
                   help="parallel gradings (default: twice the CPUs)")
    p.add_argument("--no-run", action="store_true", help="check files only; skip the sandbox")
    p.add_argument("--cold", action="store_true", help="a fresh sandbox per run (no warm workers)")
    p.add_argument("--record-timings", action="store_true",
                   help="write each passing reference's test durations to .meta/timing.json")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("grade", help="grade FILE as the solution to PROBLEM_ID")
    p.add_argument("problem_id")
    p.add_argument("file")
    p.add_argument("--all", action="store_true", help="run hidden tests too")
    p.add_argument("--json", action="store_true", help="print the report as one JSON object")
    p.add_argument("--cold", action="store_true", help="a fresh sandbox (no warm worker)")
    p.set_defaults(func=cmd_grade)

    p = sub.add_parser("list", help="list problems, questions or loops")
    p.add_argument("what", choices=["problems", "questions", "loops"])
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("doctor", help="say which sandbox isolation is in force here")
    p.set_defaults(func=cmd_doctor)

    p = sub.add_parser("serve", help="start the web app")
    p.add_argument("--port", type=int, default=8501)
    p.add_argument("--database-url", help="any SQLAlchemy URL (default: SQLite in data/)")
    p.add_argument("--headless", action="store_true", help="do not open a browser")
    p.add_argument("--share", action="store_true",
                   help="listen on every interface (pair mode on a LAN) instead of 127.0.0.1 only")
    p.add_argument("--force-unsandboxed", action="store_true",
                   help="allow --share even where the grader has no namespace isolation")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("export", help="write all history as one JSON file or one CSV per table")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--json", metavar="FILE", help="one JSON file (what `mockloop import` reads)")
    where.add_argument("--csv", metavar="DIR", help="a folder with one CSV file per table")
    p.add_argument("--database-url", help="any SQLAlchemy URL (default: SQLite in data/)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("import", help="restore a JSON export into an empty database")
    p.add_argument("file")
    p.add_argument("--database-url", help="any SQLAlchemy URL (default: SQLite in data/)")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("progress", help="print readiness per topic and what is due for review")
    p.add_argument("--database-url", help="any SQLAlchemy URL (default: SQLite in data/)")
    p.set_defaults(func=cmd_progress)
    return parser


def _bank() -> Bank:
    return load_bank(content_root())


def cmd_validate(args: argparse.Namespace) -> int:
    try:
        return _validate(args)
    except KeyboardInterrupt:
        print("mockloop: interrupted; nothing was proved.", file=sys.stderr)
        return 130


def _validate(args: argparse.Namespace) -> int:
    bank = _bank()
    failures: dict[str, list[str]] = {}
    for error in bank.errors:
        failures.setdefault(error.file, []).append(f"{error.field or '(file)'}: {error.message}")
    for loop_id, loop in bank.loops.items():
        for reason in check_loop(bank, loop):
            failures.setdefault(f"interviews/{loop_id}.yaml", []).append(reason)
    unknown = [pid for pid in args.problem if pid not in bank.problems]
    for pid in unknown:
        failures.setdefault(f"problems/{pid}", []).append("no such problem was loaded")
    if args.problem:
        chosen = [bank.problems[p] for p in args.problem if p in bank.problems]
    else:
        chosen = list(bank.problems.values())
    proved = 0
    if not args.no_run and chosen:
        print(f"Proving {len(chosen)} problem(s) in the sandbox ({args.jobs} at a time)...",
              flush=True)
        settings = GraderSettings.from_env(mode="cold" if args.cold else None,
                                           workers=max(1, args.jobs))
        with Grader(settings) as grader:
            proofs = prove_all(chosen, args.jobs, grader, args.record_timings)
        for proof in proofs:
            if proof.ok:
                proved += 1
            else:
                failures.setdefault(bank.rel(bank.problems[proof.problem_id].folder), []).extend(
                    proof.failures)
        if args.record_timings:
            print(f"Recorded timings for {proved} problem(s) in .meta/timing.json.")
    print(f"Loaded {len(bank.problems)} problems, {len(bank.questions)} questions, "
          f"{len(bank.loops)} loops, {len(bank.notes)} notes.")
    if not args.no_run:
        print(f"Proved {proved}/{len(chosen)} problems: reference passes, starter fails.")
    print(f"Sandbox: {sandbox.detect_isolation().describe()}")
    if failures:
        print(f"\n{sum(len(v) for v in failures.values())} problem(s) in {len(failures)} file(s):")
        for file, reasons in sorted(failures.items()):
            print(f"  {file}")
            for reason in reasons:
                print(f"    - {reason}")
        return 1
    print("All content is valid.")
    return 0


def cmd_grade(args: argparse.Namespace) -> int:
    try:
        return _grade(args)
    except KeyboardInterrupt:
        print("mockloop: interrupted; the run was stopped.", file=sys.stderr)
        return 130


def _grade(args: argparse.Namespace) -> int:
    bank = _bank()
    problem = bank.problems.get(args.problem_id)
    if problem is None:
        print(f"mockloop: no problem '{args.problem_id}' (try `mockloop list problems`)",
              file=sys.stderr)
        return 2
    source = _read_solution(args.file)
    if source is None:
        return 2
    settings = GraderSettings.from_env(mode="cold" if args.cold else None, workers=1)
    with Grader(settings) as grader:
        report = grader.grade(problem, source, include_hidden=args.all)
    if args.json:
        print(json.dumps(report.to_dict()))
    else:
        _print_report(report)
    return 0 if report.status == "pass" else 1


def _read_solution(file: str) -> str | None:
    """Read FILE as source, refusing what is not a regular file or is too large to be code."""
    try:
        if not stat.S_ISREG(os.stat(file).st_mode):
            print(f"mockloop: {file} is not a regular file", file=sys.stderr)
            return None
        with open(file, "rb") as handle:
            data = handle.read(SOURCE_LIMIT_BYTES + 1)
        if len(data) > SOURCE_LIMIT_BYTES:
            print(f"mockloop: {file} is larger than {SOURCE_LIMIT_BYTES // 1024} KB; "
                  "a solution is limited to that", file=sys.stderr)
            return None
        return data.decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        print(f"mockloop: cannot read {file}: {exc}", file=sys.stderr)
        return None


def _print_report(report) -> None:
    marks = {"pass": "PASS", "fail": "FAIL", "error": "ERROR"}
    for test in report.tests:
        label = " (hidden)" if test.hidden else ""
        print(f"{marks[test.status]:5} {test.name}{label}")
        if test.message:
            for line in test.message.splitlines():
                print(f"        {line}")
    print(f"\n{marks[report.status]}: {report.message} ({report.duration_s:.1f} s)")


def cmd_list(args: argparse.Namespace) -> int:
    bank = _bank()
    rows = _inventory(bank, args.what)
    if args.json:
        print(json.dumps(rows))
        return 0
    for row in rows:
        print("  ".join(f"{row[k]}" if not isinstance(row[k], list) else ",".join(row[k])
                        for k in row if k != "title") + f"  {row['title']}")
    print(f"{len(rows)} {args.what}")
    return 0


def _inventory(bank: Bank, what: str) -> list[dict]:
    if what == "problems":
        return [{"id": p.id, "kind": p.manifest.kind, "difficulty": p.manifest.difficulty,
                 "minutes": p.manifest.minutes, "topics": list(p.manifest.topics),
                 "title": p.manifest.title} for p in bank.problems.values()]
    if what == "questions":
        return [{"id": q.id, "kind": q.kind, "difficulty": q.difficulty, "minutes": q.minutes,
                 "topics": list(q.topics), "file": bank.question_topic[q.id],
                 "title": short_title(q.prompt, 80)} for q in bank.questions.values()]
    return [{"id": loop.id, "minutes": loop.minutes, "rounds": [r.kind for r in loop.rounds],
             "title": loop.title} for loop in bank.loops.values()]


def cmd_doctor(args: argparse.Namespace) -> int:
    isolation = sandbox.detect_isolation()
    print(f"Python:  {sys.executable}")
    print(f"Content: {content_root()}")
    print(f"Sandbox: {isolation.describe()}")
    settings = GraderSettings.from_env()
    warm = settings.mode == "warm" and isolation.namespaces
    print(f"Grader:  {'warm' if warm else 'cold'} ({settings.workers} worker(s); "
          "MOCKLOOP_GRADER=warm|cold, MOCKLOOP_GRADER_WORKERS=N)")
    for warning in isolation.warnings():
        print(f"WARNING: {warning}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from app.paths import database_url
    from app.store import StoreError, open_store

    if args.database_url:
        os.environ["MOCKLOOP_DATABASE_URL"] = args.database_url
    # Check the database now: a server that starts "healthy" on a broken one shows only tracebacks.
    try:
        open_store(database_url()).engine.dispose()
    except StoreError as exc:
        print(f"mockloop: {exc}", file=sys.stderr)
        return 1
    address = "127.0.0.1"
    if args.share:
        if not sandbox.detect_isolation().namespaces and not args.force_unsandboxed:
            print("mockloop: --share lets others run code on this machine, and the grader has no "
                  "filesystem or network isolation here (see `mockloop doctor`). Install bubblewrap, "
                  "or add --force-unsandboxed if you trust everyone who can reach this port.",
                  file=sys.stderr)
            return 1
        address = "0.0.0.0"
        for url in _share_urls(args.port):
            print(f"Partners join at {url}/join", flush=True)
    entry = PROJECT_ROOT / "app" / "ui" / "main.py"
    argv = [sys.executable, "-m", "streamlit", "run", str(entry), "--server.port", str(args.port),
            "--server.address", address, "--browser.gatherUsageStats", "false"]
    if args.headless:
        argv += ["--server.headless", "true"]
    # Streamlit reads .streamlit/config.toml from the working directory.
    os.chdir(PROJECT_ROOT)
    os.execv(sys.executable, argv)
    return 0


def _share_urls(port: int) -> list[str]:
    """Return the URLs this machine can be reached at on its networks (no traffic is sent)."""
    import socket

    hosts = set()
    try:
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            hosts.add(info[4][0])
    except OSError:
        pass
    hosts.discard("127.0.0.1")
    return [f"http://{host}:{port}" for host in sorted(hosts)] or [f"http://<this machine's address>:{port}"]


def _history_store(args: argparse.Namespace):
    """Open the history database named by --database-url or the environment, or say why not."""
    from app.paths import database_url
    from app.store import StoreError, open_store

    try:
        return open_store(args.database_url or database_url())
    except StoreError as exc:
        print(f"mockloop: {exc}", file=sys.stderr)
        return None


def cmd_export(args: argparse.Namespace) -> int:
    from app.progress import backup

    store = _history_store(args)
    if store is None:
        return 1
    try:
        if args.json:
            rows = backup.export_json(store.engine, Path(args.json))
            print(f"Wrote {rows} rows to {args.json}.")
        else:
            files = backup.export_csv(store.engine, Path(args.csv))
            print(f"Wrote {len(files)} CSV files to {args.csv}.")
    except OSError as exc:
        print(f"mockloop: cannot write the export: {exc}", file=sys.stderr)
        return 1
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from app.progress import backup

    store = _history_store(args)
    if store is None:
        return 1
    try:
        rows = backup.import_json(store.engine, Path(args.file))
    except backup.BackupError as exc:
        print(f"mockloop: {exc}", file=sys.stderr)
        return 1
    print(f"Restored {rows} rows from {args.file}.")
    return 0


def cmd_progress(args: argparse.Namespace) -> int:
    import time

    from app.progress.report import progress_text

    store = _history_store(args)
    if store is None:
        return 1
    print(progress_text(store, _bank(), time.time()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
