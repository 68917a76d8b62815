"""The reference scenario seed-2026 (../shared/reference/seed-scenario.md), vectorised with NumPy:
the yardstick for the engine's speed (benchmarks/engine-vs-numpy.sh). Same model, same report
(mean, sd, P10/P50/P90 of the total, P(total >= 5000) with its standard error, each stream's mean
and P(sub-target)); different random numbers, so the figures agree within their standard errors,
not digit for digit.

Every draw is a whole-array NumPy call (one per model quantity, over all trials of a chunk); the
per-trial sums of a variable number of lognormal orders are one np.bincount over the trials'
indices. Trials are drawn in chunks of 250,000 to bound memory (about 0.5 GB at 1M otherwise).

    python3 benchmarks/numpy/seed_2026.py [TRIALS] [SEED]      (default 1,000,000 and 1)
"""
import json
import sys
import time

import numpy as np

TARGET = 5000.0
SUB_TARGETS = {"repurchase": 1800.0, "newCustomers": 2200.0, "newProduct": 1000.0}


def lognormal_params(mean, cv):
    s2 = np.log1p(cv * cv)
    return np.log(mean) - s2 / 2, np.sqrt(s2)


def order_sums(rng, counts, mean, cv):
    """Per trial, the sum of counts[t] lognormal orders (arithmetic mean, cv)."""
    mu, sigma = lognormal_params(mean, cv)
    total = int(counts.sum())
    values = rng.lognormal(mu, sigma, total)
    owners = np.repeat(np.arange(counts.size), counts)
    return np.bincount(owners, weights=values, minlength=counts.size)


def chunk(rng, n):
    mu, sigma = lognormal_params(1.0, 0.10)
    market = rng.lognormal(mu, sigma, n)

    repurchase = np.zeros(n)
    for customers, p, mean in ((20, 0.80, 30.0), (25, 0.60, 18.0), (15, 0.40, 10.0)):
        renewals = rng.binomial(customers, p, n)
        repurchase += order_sums(rng, renewals, mean, 0.4)
    repurchase += order_sums(rng, rng.poisson(100.0, n), 10.0, 0.6)

    new_customers = np.zeros(n)
    for leads_mean, a, b, mean in ((120.0, 15, 85, 45.0), (60.0, 12, 88, 100.0), (90.0, 20, 80, 40.0)):
        leads = rng.poisson(leads_mean, n)
        win_rate = rng.beta(a, b, n)
        wins = rng.binomial(leads, win_rate)
        new_customers += order_sums(rng, wins, mean, 0.8)

    won = rng.binomial(3, 0.35, n)
    followers = np.where(won > 0, rng.integers(5, 9, n), 0)
    new_product = order_sums(rng, won, 150.0, 0.3) + order_sums(rng, followers, 110.0, 0.5)

    return market * repurchase, market * new_customers, market * new_product


def main():
    trials = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    start = time.perf_counter()
    rng = np.random.default_rng(seed)
    parts = [chunk(rng, min(250_000, trials - i)) for i in range(0, trials, 250_000)]
    streams = {name: np.concatenate([p[k] for p in parts]) for k, name in enumerate(SUB_TARGETS)}
    total = streams["repurchase"] + streams["newCustomers"] + streams["newProduct"]
    p = float(np.mean(total >= TARGET))
    p10, p50, p90 = np.percentile(total, [10, 50, 90])
    result = {
        "trials": trials,
        "seed": seed,
        "mean": float(total.mean()),
        "std": float(total.std(ddof=1)),
        "p10": float(p10), "p50": float(p50), "p90": float(p90),
        "probabilityOfTarget": p,
        "standardError": float(np.sqrt(p * (1 - p) / trials)),
        "streams": {name: {"mean": float(v.mean()), "probabilityOfSubTarget": float(np.mean(v >= SUB_TARGETS[name]))}
                    for name, v in streams.items()},
        "elapsedSeconds": time.perf_counter() - start,
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
