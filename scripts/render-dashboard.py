#!/usr/bin/env python3
"""Draws the Grafana dashboard's panels as one PNG, from the same queries against a Prometheus.

Usage: scripts/render-dashboard.py prometheus-url minutes output.png [dashboard.json]

For a README, an incident report or a machine without Grafana: every panel of the dashboard JSON at its
grid position, time series over the last `minutes`, stat and bar panels at the end of that window.
Needs matplotlib (Debian: python3-matplotlib).
"""
import json
import sys
import time
import urllib.parse
import urllib.request

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

prometheus, minutes, output = sys.argv[1].rstrip("/"), float(sys.argv[2]), sys.argv[3]
dashboard = json.load(open(sys.argv[4] if len(sys.argv) > 4
                           else "docker/monitoring/grafana/dashboards/oms-overview.json"))
end = time.time()
start = end - minutes * 60
step = max(5, int(minutes * 60 / 240))


def query(path, **params):
    url = prometheus + path + "?" + urllib.parse.urlencode(params)
    return json.load(urllib.request.urlopen(url))["data"]["result"]


def label(fmt, metric):
    text = fmt or ""
    for key, value in metric.items():
        text = text.replace("{{" + key + "}}", value)
    return text.replace("{{", "").replace("}}", "") or "value"


def number(value):
    v = float(value)
    if v != v:
        return "-"
    return f"{v:,.0f}" if abs(v) >= 10 or v == int(v) else f"{v:.3g}"


panels = dashboard["panels"]
rows = max(p["gridPos"]["y"] + p["gridPos"]["h"] for p in panels)
figure = plt.figure(figsize=(24, rows * 0.45))
figure.suptitle(f'{dashboard["title"]}: last {minutes:g} minutes', fontsize=16, x=0.01, y=0.995, ha="left")
grid = figure.add_gridspec(rows, 24, hspace=0.2, wspace=1.5, top=0.97, bottom=0.02, left=0.03, right=0.99)
for panel in panels:
    g = panel["gridPos"]
    if panel["type"] == "row":
        ax = figure.add_subplot(grid[g["y"], :])
        ax.axis("off")
        ax.text(0, 0.5, panel["title"], fontsize=13, fontweight="bold", va="center")
        continue
    # the first grid unit of a panel holds its title, the last its axis labels
    ax = figure.add_subplot(grid[g["y"] + 1:g["y"] + g["h"] - 1, g["x"]:g["x"] + g["w"]])
    ax.set_title(panel["title"], fontsize=10, loc="left")
    unit = panel.get("fieldConfig", {}).get("defaults", {}).get("unit", "")
    if panel["type"] == "timeseries":
        for target in panel["targets"]:
            for series in query("/api/v1/query_range", query=target["expr"], start=start, end=end, step=step):
                xs = [(float(t) - end) / 60 for t, _ in series["values"]]
                ys = [float(v) for _, v in series["values"]]
                ax.plot(xs, ys, linewidth=1.2, label=label(target.get("legendFormat"), series["metric"]))
        ax.set_xlabel("minutes ago", fontsize=7)
        if unit:
            ax.set_ylabel(unit, fontsize=7)
        ax.tick_params(labelsize=7)
        if ax.lines:
            ax.legend(fontsize=6, loc="upper left", ncol=2, framealpha=0.6)
        else:
            ax.text(0.5, 0.5, "no data", ha="center", va="center", transform=ax.transAxes, color="grey")
    else:
        values = []
        for target in panel["targets"]:
            for series in query("/api/v1/query", query=target["expr"], time=end):
                values.append((label(target.get("legendFormat"), series["metric"]), series["value"][1]))
        ax.axis("off")
        steps = panel.get("fieldConfig", {}).get("defaults", {}).get("thresholds", {}).get("steps", [])
        for i, (name, value) in enumerate(values[:6]):
            colour = "black"
            for s in steps:
                if s["value"] is None or float(value) >= s["value"]:
                    colour = {"green": "tab:green", "orange": "tab:orange", "red": "tab:red"}.get(s["color"], "black")
            y = 0.85 - i * (0.8 / max(len(values), 1))
            ax.text(0.02, y, name, fontsize=9, va="center", transform=ax.transAxes)
            ax.text(0.98, y, number(value), fontsize=14, va="center", ha="right", color=colour,
                    fontweight="bold", transform=ax.transAxes)
        if not values:
            ax.text(0.5, 0.5, "no data", ha="center", va="center", transform=ax.transAxes, color="grey")
figure.savefig(output, dpi=72, bbox_inches="tight")
print(output)
