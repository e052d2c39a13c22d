#!/usr/bin/env bash
# Install what the test suite needs beyond Python packages: Debian's chromium (browser tests),
# bubblewrap (the grader's namespace sandbox) and postgresql (the store and session tests also
# run against a throwaway PostgreSQL server). Playwright's own browser download does not work on
# closed networks, so the tests drive the system chromium instead.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v bwrap >/dev/null 2>&1 || missing+=(bubblewrap)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing ${missing[*]} with apt-get..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}" >/dev/null
else
    echo "Please install: ${missing[*]} (e.g. sudo apt-get install ${missing[*]})." >&2
    echo "Browser tests need chromium; without bubblewrap the grader falls back to rlimits only;" >&2
    echo "without postgresql the PostgreSQL cases of the store and session tests are skipped." >&2
    if [[ " ${missing[*]} " == *" chromium "* ]]; then
        exit 1
    fi
fi
