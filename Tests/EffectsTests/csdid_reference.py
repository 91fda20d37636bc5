"""Runs the reference implementation, Python's csdid, on a panel and prints its figures as JSON.

Usage: python3 csdid_reference.py JOBS.json, where JOBS.json lists {"panel": CSV, "control": "never"|"notyet",
"base": "varying"|"universal", "reps": N}; it prints a list of results in the same order.
The panel has the columns id, period, group, outcome (group 0: never treated), as `tavle export panel` writes it.
"""
import contextlib
import io
import json
import sys
import warnings

import numpy as np
import pandas as pd
from csdid.att_gt import ATTgt

warnings.simplefilter("ignore")
def num(x):
    x = float(np.asarray(x, dtype=float).reshape(-1)[0])
    return x if np.isfinite(x) else None


def fit(data, control_group, base, reps, bootstrap, seed=0):
    model = ATTgt(yname="outcome", tname="period", idname="id", gname="group", data=data.copy(),
                  control_group=control_group, cband=bootstrap, biters=max(reps, 2))
    np.random.seed(seed)
    return model.fit(est_method="reg", base_period=base, bstrap=bootstrap)


def aggregate(model, kind, bootstrap, seed=0):
    np.random.seed(seed + 100)
    a = model.aggte(typec=kind, na_rm=True, bstrap=bootstrap, cband=bootstrap).atte
    out = {"att": num(a["overall_att"]), "se": num(a["overall_se"])}
    if kind != "simple":
        se = np.asarray(a["se_egt"]).reshape(-1)
        out["points"] = [{"key": int(k), "att": num(v), "se": num(s)}
                         for k, v, s in zip(a["egt"], a["att_egt"], se)]
        out["critical"] = num(a["crit_val_egt"])
    return out


def run(job):
    data = pd.read_csv(job["panel"])
    control_group = "nevertreated" if job["control"] == "never" else "notyettreated"
    base, reps = job["base"], job["reps"]
    analytic = fit(data, control_group, base, reps, False)
    r = analytic.results
    result = {
        "cells": [{"group": int(g), "period": int(t), "att": num(v), "se": num(s)}
                  for g, t, v, s in zip(r["group"], r["year"], r["att"], r["se"])],
        "wald": num(analytic.MP["W"]) if analytic.MP["W"] is not None else None,
        "waldP": num(analytic.MP["Wpval"]) if analytic.MP["Wpval"] is not None else None,
        "n": int(analytic.MP["n"]),
    }
    for kind in ["simple", "dynamic", "group", "calendar"]:
        result[kind] = aggregate(analytic, kind, False)
    # A critical value from one bootstrap run has Monte Carlo error of its own (with very small groups the
    # draws' robust scale makes it heavy-tailed), so the median over several seeds is compared.
    if reps > 1:
        found = {"cell": []}
        for seed in range(job.get("seeds", 5)):
            boot = fit(data, control_group, base, reps, True, seed)
            found["cell"].append(num(boot.results["c"]))
            for kind in ["dynamic", "group", "calendar"]:
                found.setdefault(kind, []).append(aggregate(boot, kind, True, seed)["critical"])
        result["cellCritical"] = float(np.median(found.pop("cell")))
        for kind, values in found.items():
            result[kind + "Critical"] = float(np.median(values))
    return result


jobs = json.load(open(sys.argv[1]))
quiet = contextlib.redirect_stdout(io.StringIO())
quiet.__enter__()
results = [run(job) for job in jobs]
quiet.__exit__(None, None, None)
print(json.dumps(results))
