"""Named questions on Oxigraph against rdflib's SPARQL engine, on the same built graph.

For each size, one spawned child per engine loads the synthetic dataset with
``kg.load``, builds that engine's store, picks parameters from the data and
times every named question ``repeat`` times (the median is reported). The
parameters are the busiest entity of each parameter class (most relations in
the networkx view), so the figures are the worst case rather than the typical
one. A question is a *lookup* when it starts from a bound entity and does not
aggregate, an *aggregate* otherwise (GROUP BY, or a scan such as a year filter).

Targets at 1M triples: lookups < 50 ms, aggregates < 1 s, Oxigraph at least
20× faster than rdflib (ratio ≤ 0.05). A last pair of rows proves why each
question puts its most selective pattern first: the same aggregate with the
parameter pattern moved to the end, on Oxigraph (stopped after 60 s).
"""

from __future__ import annotations

import statistics
import time
from collections import Counter
from pathlib import Path

from run import measure, row

PROBE_TIMEOUT = 120.0  # a first, guarded run; a question slower than this is reported as stopped
SLOW = 20.0  # a question whose first run takes longer is not repeated
REORDER_TIMEOUT = 60.0


def _busiest(graph, onto, cls: str | None) -> str:
    best = None
    for n, d in graph.nodes(data=True):
        if cls is None and d["cls"] == "Concept":
            continue
        if cls is not None and not onto.is_a(d["cls"], cls):
            continue
        key = (graph.degree(n), n)
        best = key if best is None or key > best else best
    return best[1]


def choose_params(g) -> dict[str, dict[str, str]]:
    """Parameters for every named question, from the data (busiest entity of each class)."""
    from kg.questions import questions

    graph, onto = g.graph, g.ontology
    years = Counter(str(d["startDate"])[:4] for _, d in graph.nodes(data=True) if d.get("startDate"))
    org = _busiest(graph, onto, "Organization")
    program = next(v for _, v, k in sorted(graph.out_edges(org, keys=True)) if k == "organized")
    out: dict[str, dict[str, str]] = {}
    for q in questions().values():
        params = {}
        for p in q.params:
            if p.kind == "xsd:integer":
                params[p.name] = years.most_common(1)[0][0] if years else "2018"
            elif p.kind == "Relation":
                params[p.name] = "organized"
            elif p.name == "subject":
                params[p.name] = org
            elif p.name == "object":
                params[p.name] = program
            elif p.kind == "Entity":
                params[p.name] = _busiest(graph, onto, None)
            else:
                params[p.name] = _busiest(graph, onto, p.kind)
        out[q.name] = params
    return out


def kind(q) -> str:
    entity_param = any(p.kind not in ("xsd:integer", "xsd:string", "xsd:date") for p in q.params)
    return "lookup" if entity_param and "GROUP BY" not in q.text else "aggregate"


def setup_engine(data_dir: Path, engine: str, repeat: int):
    import kg
    from kg.query import sparql_store

    g = kg.load(data_dir)
    t0 = time.perf_counter()
    _ = sparql_store(g) if engine == "oxigraph" else g.dataset
    return g, engine, repeat, time.perf_counter() - t0


def time_questions(state) -> dict:
    """Every named question on one engine: {name: {median, runs, rows, note}} plus the store build time."""
    from kg.errors import KgError
    from kg.query import QueryTimeout, run_query
    from kg.questions import bind_params, questions

    g, engine, repeat, build_s = state
    params = choose_params(g)
    out: dict = {"_build_s": build_s, "_params": params}
    for name, q in questions().items():
        bindings = bind_params(g, q, params[name])
        try:
            t0 = time.perf_counter()
            first = run_query(g, q.text, engine=engine, bindings=bindings, timeout=PROBE_TIMEOUT)
            probe = time.perf_counter() - t0
        except QueryTimeout:
            out[name] = {"median": None, "runs": 0, "rows": None, "note": f"stopped after {PROBE_TIMEOUT:.0f} s"}
            continue
        except KgError as e:
            out[name] = {"median": None, "runs": 0, "rows": None, "note": f"failed: {e}"[:120]}
            continue
        times = []
        if probe < SLOW:
            for _ in range(repeat):
                t0 = time.perf_counter()
                run_query(g, q.text, engine=engine, bindings=bindings, timeout=None)
                times.append(time.perf_counter() - t0)
        note = "" if times else "1 run (slow)"
        out[name] = {"median": statistics.median(times or [probe]), "runs": len(times) or 1, "rows": len(first.rows)}
        out[name]["note"] = note
    return out


def time_reordered(state) -> dict:
    """countries-reached-by as shipped and with its selective pattern moved last, on Oxigraph."""
    from kg.query import QueryTimeout, run_query
    from kg.questions import bind_params, question

    g, _engine, repeat, _ = state
    q = question("countries-reached-by")
    bindings = bind_params(g, q, choose_params(g)[q.name])
    selective = "  ?organization sme:organized ?program .\n"
    assert selective in q.text
    bad = q.text.replace(selective, "").replace("  ?country a sme:Country .", selective + "  ?country a sme:Country .")
    out = {}
    for label, text in (("selective first", q.text), ("selective last", bad)):
        times = []
        try:
            for _ in range(repeat):
                t0 = time.perf_counter()
                run_query(g, text, bindings=bindings, timeout=REORDER_TIMEOUT)
                times.append(time.perf_counter() - t0)
            out[label] = statistics.median(times)
        except QueryTimeout:
            out[label] = None
    return out


def run(sizes: dict[str, Path], repeat: int) -> list[dict]:
    from kg.questions import questions

    qs = questions()
    rows = []
    for size, data_dir in sizes.items():
        res = {}
        rss = {}
        for engine in ("oxigraph", "rdflib"):
            m = measure(time_questions, data_dir, engine, repeat, setup=setup_engine, repeat=1)
            res[engine], rss[engine] = m.result, m.peak_rss_mb
        ox, rd = res["oxigraph"], res["rdflib"]
        params = ox["_params"]
        for name, q in qs.items():
            o, r = ox[name], rd[name]
            k = kind(q)
            target = "< 50 ms" if k == "lookup" else "< 1 s"
            note = f"{k}, target {target}; {o['rows']} rows; " + ", ".join(f"{p}={v}" for p, v in params[name].items())
            for extra in (o["note"], r["note"] and f"rdflib: {r['note']}"):
                if extra:
                    note += f"; {extra}"
            rows.append(
                row(
                    "queries",
                    f"{name} (Oxigraph)",
                    size,
                    o["median"] if o["median"] is not None else float("nan"),
                    "rdflib SPARQL, same question",
                    r["median"],
                    note,
                    peak_rss_mb=rss["oxigraph"],
                )
            )
        rows.append(
            row("queries", "build the Oxigraph store", size, ox["_build_s"], "rdflib Dataset", rd["_build_s"],
                f"peak RSS with rdflib: {rss['rdflib']:.0f} MB", peak_rss_mb=rss["oxigraph"])
        )  # fmt: skip
        m = measure(time_reordered, data_dir, "oxigraph", repeat, setup=setup_engine, repeat=1)
        good, bad = m.result["selective first"], m.result["selective last"]
        rows.append(
            row("queries", "countries-reached-by, selective pattern first", size, good,
                "same, selective pattern last", bad,
                "Oxigraph joins nearly in written order"
                + ("" if bad else f"; last: stopped after {REORDER_TIMEOUT:.0f} s"),
                peak_rss_mb=m.peak_rss_mb)
        )  # fmt: skip
    return rows
