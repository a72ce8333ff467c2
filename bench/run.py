"""``make bench``: how every stage of sme-kg costs as the graph grows, next to a reference.

Usage::

    python bench/run.py                       # 10k, 100k and 1M triples, 3 runs each
    python bench/run.py --sizes 10k,100k --repeat 5 --only build,queries

Protocol (for whoever adds a ``bench/bench_<area>.py``)
-------------------------------------------------------
1. Datasets. ``run.py`` writes a synthetic dataset per size with
   ``kg.synth.synthesize(n, seed=1)`` into ``bench/data/<size>/`` (gitignored,
   cached: regenerated only when the size, seed or generator marker differ) and
   passes ``sizes = {"10k": Path("bench/data/10k"), ...}`` in ascending order.
   ``ntriples(path)`` gives the same dataset as one N-Triples file (cached,
   ``bench/data/<size>.nt``), one line per quad of the built dataset, ontology
   included: the input of the rdflib and Oxigraph references.
2. Modules. Every ``bench/bench_*.py`` is imported (sorted by name) and must
   define ``run(sizes: dict[str, Path], repeat: int) -> list[dict]``. Each row
   has the keys in :data:`COLUMNS`: ``area`` (e.g. "build"), ``task``,
   ``size`` (the key of ``sizes``), ``median_s`` (median wall time of
   ``repeat`` runs), ``reference`` (what a user would otherwise run, e.g.
   "rdflib: parse N-Triples"; "" if none), ``reference_s``, ``ratio``
   (``median_s / reference_s``, or None), ``peak_rss_mb`` and ``note`` (say
   here when fewer runs were made, or which strategy ran). A module whose
   feature has not landed returns ``[]``. A module that raises gets one
   "failed" row; the others still run.
3. Measuring. Use :func:`measure`: it runs ``setup(*args)`` once and then the
   task ``repeat`` times in a fresh *spawned* child process, and returns the
   median time of the task and the child's peak resident set (``ru_maxrss``),
   so tasks never pollute each other's memory figures. Functions handed to
   :func:`measure` must be importable module-level functions (spawn pickles
   them by name); bench modules can ``from run import measure, ntriples``.
   ``peak_rss_mb`` is the child's own high-water mark (VmHWM: interpreter,
   imports and the setup's data included); ``workers_rss_mb`` that of the
   largest worker process the task forked, if any (say it in the note).
4. Output. ``run.py`` prints the table as it goes and writes
   ``bench/results.md`` (atomically): the command, the machine (CPU, nproc,
   memory, Python and library versions, git commit), then one Markdown table.
   A run with ``--only`` writes ``bench/results-<areas>.md`` instead (not kept
   in git), so the committed file stays the last full run.
   Timings are figures to read, never asserted in tests.
"""

from __future__ import annotations

import argparse
import importlib
import json
import multiprocessing as mp
import os
import platform
import resource
import shlex
import statistics
import subprocess
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
DATA = BENCH / "data"
SEED = 1
DEFAULT_SIZES = ("10k", "100k", "1M")
COLUMNS = ("area", "task", "size", "median_s", "reference", "reference_s", "ratio", "peak_rss_mb", "note")
HEADERS = ("area", "task", "size", "median (s)", "reference", "reference (s)", "ratio", "peak RSS (MB)", "note")

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))


# -- measuring ------------------------------------------------------------------------
@dataclass
class Measurement:
    """Median and all wall times (s) of a task, the child's peak RSS (MB) and its largest worker's."""

    median_s: float
    times: list[float]
    peak_rss_mb: float
    result: object = None
    workers_rss_mb: float = 0.0  # largest worker process the task forked (shared pages counted again)


def _peak_rss_mb() -> float:
    # VmHWM belongs to this process's own memory map, which exec starts afresh. (ru_maxrss
    # would not do: Linux carries it over from the forking parent through exec.)
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _child(conn, fn, args, setup, repeat) -> None:  # type: ignore[no-untyped-def]
    try:
        state = setup(*args) if setup else None
        times, result = [], None
        for _ in range(repeat):
            t0 = time.perf_counter()
            result = fn(state) if setup else fn(*args)
            times.append(time.perf_counter() - t0)
        rss = _peak_rss_mb()
        workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        try:
            json.dumps(result)
        except TypeError:
            result = None
        conn.send(("ok", times, (rss, workers), result))
    except BaseException as e:  # report, never hang the parent
        conn.send(("error", f"{type(e).__name__}: {e}\n{traceback.format_exc()}", 0, None))
    finally:
        conn.close()


def measure(fn: Callable, *args: object, repeat: int = 3, setup: Callable | None = None) -> Measurement:
    """Run ``fn(*args)`` (or ``fn(setup(*args))`` when ``setup`` is given) ``repeat`` times in a spawned child.

    Returns the median wall time of the runs (setup excluded), every time, the
    child's peak resident set in MB and ``fn``'s last result when it is
    JSON-serializable (e.g. a count). Raises RuntimeError with the child's
    traceback when the task fails.
    """
    ctx = mp.get_context("spawn")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child, fn, args, setup, max(1, repeat)))
    proc.start()
    child.close()
    try:
        status, times, rss, result = parent.recv()
    except EOFError:
        proc.join()
        raise RuntimeError(f"benchmark child died (exit code {proc.exitcode}); out of memory?") from None
    proc.join()
    if status != "ok":
        raise RuntimeError(times)
    own, workers = rss
    return Measurement(statistics.median(times), times, own, result, workers)


def row(
    area: str,
    task: str,
    size: str,
    m: Measurement | float,
    reference: str = "",
    reference_s: float | None = None,
    note: str = "",
    peak_rss_mb: float | None = None,
) -> dict:
    """A table row from a measurement (ratio computed when there is a reference)."""
    median = m.median_s if isinstance(m, Measurement) else float(m)
    rss = m.peak_rss_mb if isinstance(m, Measurement) else peak_rss_mb
    return {
        "area": area,
        "task": task,
        "size": size,
        "median_s": median,
        "reference": reference,
        "reference_s": reference_s,
        "ratio": (median / reference_s) if reference_s else None,
        "peak_rss_mb": rss,
        "note": note,
    }


# -- datasets ---------------------------------------------------------------------------
def parse_sizes(text: str) -> list[str]:
    """``"10k,100k"`` → ``["10k", "100k"]`` in ascending order of size."""
    from kg.synth import parse_size

    names = [s.strip() for s in text.split(",") if s.strip()]
    return sorted(names, key=parse_size)


def dataset(size: str, quiet: bool = False) -> Path:
    """The cached synthetic dataset for ``size`` (written on first use)."""
    from kg.synth import MARKER, parse_size, synthesize

    out = DATA / size
    n = parse_size(size)
    marker = out / MARKER
    if marker.exists():
        params = json.loads(marker.read_text())
        if params.get("triples") == n and params.get("seed") == SEED:
            return out
    t0 = time.perf_counter()
    info = synthesize(n, SEED, out, quiet=quiet)
    print(f"  generated {out.relative_to(ROOT)}: {info['triples']} triples in {time.perf_counter() - t0:.1f} s")
    return out


def ntriples(data_dir: Path) -> Path:
    """``<data_dir>.nt``: every quad of the built dataset as an N-Triples line (cached next to the folder)."""
    from kg.synth import MARKER

    out = data_dir.with_suffix(".nt")
    marker = data_dir / MARKER
    if out.exists() and out.stat().st_mtime >= marker.stat().st_mtime:
        return out
    import kg
    from kg.io import atomic_write

    graph = kg.load(data_dir)
    lines = [f"{s.n3()} {p.n3()} {o.n3()} .\n" for s, p, o, _g in graph.quads]
    atomic_write(out, "".join(lines))
    return out


# -- report -----------------------------------------------------------------------------
def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "-"


def machine() -> list[str]:
    """Lines describing the machine and software the figures come from."""
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        mem_kb = int(
            next(x for x in Path("/proc/meminfo").read_text().splitlines() if x.startswith("MemTotal")).split()[1]
        )
        mem = f"{mem_kb / 1024 / 1024:.1f} GB"
    except (OSError, StopIteration, ValueError):
        mem = "?"
    try:
        commit = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
        ).stdout.strip()
    except OSError:
        commit = "?"
    import yaml

    libs = ", ".join(
        f"{d} {_version(d)}" for d in ("sme-kg", "rdflib", "pyoxigraph", "pyshacl", "networkx", "PyYAML", "pyvis")
    )
    return [
        f"- machine: {cpu}, {os.cpu_count()} CPUs (nproc), {mem} RAM, {platform.system()} {platform.release()}",
        f"- Python {platform.python_version()} ({platform.python_implementation()}); {libs}; "
        f"libyaml C loader: {'yes' if yaml.__with_libyaml__ else 'no'}",
        f"- git commit {commit or '?'}; datasets: `kg synth --seed {SEED}` (bench/data/, cached)",
    ]


def _fmt(v: object, key: str) -> str:
    if v is None or v == "":
        return "–" if key in ("reference_s", "ratio", "peak_rss_mb") else ""
    if key in ("median_s", "reference_s"):
        f = float(v)  # type: ignore[arg-type]
        return f"{f:.4f}" if f < 0.1 else f"{f:.2f}" if f < 100 else f"{f:.0f}"
    if key == "ratio":
        return f"{float(v):.2f}×"  # type: ignore[arg-type]
    if key == "peak_rss_mb":
        return f"{float(v):.0f}"  # type: ignore[arg-type]
    return str(v).replace("|", "\\|")


def table(rows: list[dict]) -> str:
    """The rows as a Markdown table."""
    out = ["| " + " | ".join(HEADERS) + " |", "|" + "|".join("---" for _ in HEADERS) + "|"]
    for r in rows:
        out.append("| " + " | ".join(_fmt(r.get(k), k) for k in COLUMNS) + " |")
    return "\n".join(out) + "\n"


def write_results(rows: list[dict], command: str, path: Path, seconds: float) -> None:
    from kg.io import atomic_write

    text = "\n".join(
        [
            "# sme-kg benchmark results",
            "",
            f"Command: `{command}` ({seconds / 60:.1f} min in all)",
            "",
            *machine(),
            "",
            "Median of the runs; ratio = median / reference (below 1 is faster than the reference); peak RSS is the",
            "high-water resident set (VmHWM) of the fresh child process that ran the task, interpreter and imports",
            "included; worker processes, if any, are named in the note.",
            "",
            table(rows),
        ]
    )
    atomic_write(path, text)


# -- main -------------------------------------------------------------------------------
def modules(only: list[str] | None) -> list[str]:
    names = sorted(p.stem for p in BENCH.glob("bench_*.py"))
    if only:
        names = [n for n in names if n.removeprefix("bench_") in only]
    return names


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--sizes", default=",".join(DEFAULT_SIZES), help="comma-separated sizes (default: 10k,100k,1M)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per task; the median is reported (default: 3)")
    ap.add_argument("--only", default="", help="comma-separated areas, e.g. build,queries (default: every module)")
    ap.add_argument(
        "-o",
        "--output",
        type=Path,
        help="where to write the table (default: bench/results.md, or bench/results-<areas>.md with --only)",
    )
    args = ap.parse_args(argv)
    areas = [a.strip() for a in args.only.split(",") if a.strip()]
    if args.output is None:  # a partial run must not replace the full run's table
        args.output = BENCH / (f"results-{'-'.join(areas)}.md" if areas else "results.md")
    given = sys.argv[1:] if argv is None else argv
    command = "python bench/run.py " + shlex.join(given) if given else "make bench (python bench/run.py)"
    t0 = time.perf_counter()

    print("datasets:")
    sizes = {s: dataset(s) for s in parse_sizes(args.sizes)}
    for s, p in sizes.items():
        ntriples(p)
        print(f"  {s}: {p.relative_to(ROOT)} (+ {p.with_suffix('.nt').name})")
    rows: list[dict] = []
    for name in modules(areas):
        print(f"\n== {name} ==", flush=True)
        t = time.perf_counter()
        try:
            mod = importlib.import_module(name)
            got = mod.run(dict(sizes), args.repeat)
        except Exception as e:
            traceback.print_exc()
            got = [{"area": name.removeprefix("bench_"), "task": "(module failed)", "size": "", "note": str(e)[:200]}]
        rows.extend(got)
        if got:
            print(table(got), end="")
        print(f"({name}: {time.perf_counter() - t:.0f} s)", flush=True)
    print("\n" + table(rows))
    write_results(rows, command, args.output, time.perf_counter() - t0)
    print(f"wrote {args.output.relative_to(ROOT) if args.output.is_relative_to(ROOT) else args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
