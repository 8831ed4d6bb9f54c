#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs one command-line import or export under valgrind's memcheck.

    valgrind-cli.py CASE --workplan PROGRAM --suppressions FILE --source-root DIR

CASE is one of the names in CASES below. The workbook the command needs is prepared
first without valgrind, so that only the command under test pays its cost. The test
fails when the command fails, when memcheck reports an invalid read or write, a use of
uninitialised memory or a bad free anywhere, or a definitely lost block whose stack
passes through our own code (a file under DIR/src). Definitely lost blocks allocated
only by system libraries, and the reads past the end of a text by PCRE2's JIT-compiled
regular expressions (code in no file, see in_generated_code), are listed but do not
fail the test; the suppression file hides the system libraries' blocks known to be kept
for good.

Finds the fixtures through G_TEST_SRCDIR (tests/) and the seed plans through SEEDS_DIR,
as the GTest programs do.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

# The kinds of leak memcheck reports; every other kind of error is a memory error.
LEAK_KINDS = ("Leak_DefinitelyLost", "Leak_IndirectlyLost", "Leak_PossiblyLost",
              "Leak_StillReachable")
READ_KINDS = ("InvalidRead", "UninitCondition", "UninitValue")


def seed_text():
    """The text of the first seed plan (UTF-8)."""
    seeds = os.environ["SEEDS_DIR"]
    name = sorted(n for n in os.listdir(seeds) if n.endswith(".txt"))[0]
    with open(os.path.join(seeds, name), encoding="utf-8") as seed:
        return seed.read()


def fixture(name):
    return os.path.join(os.environ["G_TEST_SRCDIR"], "fixtures", name)


class Case:
    """What one test runs: prepare() makes its inputs in @tmp, then returns the
    arguments of the command that runs under valgrind and the file it must write."""

    def __init__(self, workplan, tmp):
        self.workplan = workplan
        self.tmp = tmp
        self.db = os.path.join(tmp, "workbook.db")

    def run(self, *args):
        """Runs the program without valgrind; returns what it printed."""
        done = subprocess.run([self.workplan, *args], capture_output=True, text=True,
                              check=False)
        if done.returncode != 0:
            sys.exit(f"workplan {' '.join(args)} failed while preparing the test:\n"
                     f"{done.stderr}")
        return done.stdout.strip()

    def import_plan(self, path, db=None):
        """Imports @path into the workbook @db (ours by default); returns the plan's id."""
        return self.run("import", path, "--db", db or self.db)

    def seed_gb18030(self):
        path = os.path.join(self.tmp, "plan-gb18030.txt")
        with open(path, "wb") as out:
            out.write(seed_text().encode("gb18030"))
        return path


def import_docx(case):
    return ["import", fixture("seed-003.docx"), "--db", case.db], case.db


def import_gb18030(case):
    return ["import", case.seed_gb18030(), "--db", case.db], case.db


def import_pdf(case):
    # The PDF a plan exports is a real PDF with CJK text in embedded fonts.
    other = os.path.join(case.tmp, "source.db")
    plan = case.import_plan(case.seed_gb18030(), other)
    pdf = os.path.join(case.tmp, "plan.pdf")
    case.run("export", "--db", other, "--plan", plan, "--format", "pdf", "--output", pdf)
    return ["import", pdf, "--db", case.db], case.db


def export_summary_pdf(case):
    plan = case.import_plan(fixture("seed-003.docx"))
    output = os.path.join(case.tmp, "summary.pdf")
    return ["export", "--db", case.db, "--plan", plan, "--kind", "summary", "--format",
            "pdf", "--lang", "zh_CN", "--output", output], output


def export_plan_json(case):
    plan = case.import_plan(case.seed_gb18030())
    output = os.path.join(case.tmp, "plan.json")
    return ["export", "--db", case.db, "--plan", plan, "--format", "json", "--output",
            output], output


CASES = {
    "import-docx": import_docx,
    "import-gb18030": import_gb18030,
    "import-pdf": import_pdf,
    "export-summary-pdf": export_summary_pdf,
    "export-plan-json": export_plan_json,
}


def frames(error):
    """(function, path or object, line) of each frame of the first stack of @error."""
    stack = error.find("stack")
    for frame in stack.iter("frame") if stack is not None else ():
        directory, name = frame.findtext("dir"), frame.findtext("file")
        where = os.path.join(directory or "", name) if name else frame.findtext("obj")
        yield frame.findtext("fn") or "???", where or "???", frame.findtext("line")


def in_generated_code(error):
    """Whether @error is a read by code that belongs to no file: the regular expressions
    that PCRE2 compiles to machine code at run time (GLib's GRegex with G_REGEX_OPTIMIZE).
    They read the text in 16-byte steps, up to 15 bytes past its end but never past the
    page, which memcheck reports as invalid or uninitialised reads."""
    stack = error.find("stack")
    if error.findtext("kind") not in READ_KINDS or stack is None:
        return False
    if any(frame.findtext("obj") is not None for frame in stack.iter("frame")):
        return False
    # An invalid read must start inside the text's block and run over its end.
    return (error.findtext("kind") != "InvalidRead" or
            "bytes inside a block" in (error.findtext("auxwhat") or ""))


def describe(error):
    what = error.findtext("what") or error.findtext("xwhat/text") or error.findtext("kind")
    lines = [f"  {what}"]
    for fn, where, line in frames(error):
        where = where if where != "???" else "generated code"
        lines.append(f"    {fn} ({where}{':' + line if line else ''})")
    return "\n".join(lines)


def in_our_code(error, source_dir):
    """Whether a frame of @error's stack is in a file under @source_dir."""
    for _, where, _ in frames(error):
        if os.path.realpath(where).startswith(source_dir + os.sep):
            return True
    return False


def memcheck(args, workplan, suppressions, xml_path):
    command = [
        "valgrind", "--tool=memcheck", "--leak-check=full", "--show-leak-kinds=definite",
        "--num-callers=50", "--track-origins=yes", "--child-silent-after-fork=yes",
        f"--suppressions={suppressions}", "--xml=yes", f"--xml-file={xml_path}",
        workplan, *args,
    ]
    env = dict(os.environ, G_SLICE="always-malloc", G_DEBUG="gc-friendly")
    print("$", " ".join(command), flush=True)
    return subprocess.run(command, env=env, check=False)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("case", choices=sorted(CASES))
    parser.add_argument("--workplan", required=True)
    parser.add_argument("--suppressions", required=True)
    parser.add_argument("--source-root", required=True)
    options = parser.parse_args()
    source_dir = os.path.join(os.path.realpath(options.source_root), "src")

    with tempfile.TemporaryDirectory(prefix="wp-valgrind-") as tmp:
        args, output = CASES[options.case](Case(options.workplan, tmp))
        xml_path = os.path.join(tmp, "memcheck.xml")
        done = memcheck(args, options.workplan, options.suppressions, xml_path)
        failures = []
        if done.returncode != 0:
            failures.append(f"workplan exited with status {done.returncode}")
        if not os.path.isfile(output) or os.path.getsize(output) == 0:
            failures.append(f"workplan wrote nothing to {output}")
        errors = ElementTree.parse(xml_path).getroot().findall("error")

    ignored = 0
    for error in errors:
        kind = error.findtext("kind")
        if in_generated_code(error):
            ignored += 1
            print(f"A read by PCRE2's compiled regular expressions, not ours:\n"
                  f"{describe(error)}")
        elif kind not in LEAK_KINDS:
            failures.append("memory error " + kind + ":\n" + describe(error))
        elif kind == "Leak_DefinitelyLost" and in_our_code(error, source_dir):
            failures.append("leak through our code:\n" + describe(error))
        else:
            ignored += 1
            print(f"A system library's leak, not ours:\n{describe(error)}")

    print(f"{len(errors)} reports of memcheck, {ignored} not about our code")
    for failure in failures:
        print(failure, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
