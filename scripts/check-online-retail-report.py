#!/usr/bin/env python3
"""Checks the OMS sales report against the Online Retail file, computed here independently.

Usage: scripts/check-online-retail-report.py [csv] [query-api-url]

The rule (README, "A real data load"): a sale is a line of an ordinary invoice with a positive quantity
and a positive price, counted on the invoice's UK day; each line of a cancellation ("C") invoice of a known
customer is refunded against that customer's latest earlier invoice holding the same stock code with enough
units not yet refunded, at the price sold, on the cancellation's day. Everything else is not revenue.
Exits 1 when any day differs.
"""
import csv
import json
import sys
import urllib.request
from collections import defaultdict
from decimal import Decimal

path = sys.argv[1] if len(sys.argv) > 1 else "../shared/datasets/online-retail/online_retail.csv"
url = sys.argv[2] if len(sys.argv) > 2 else "http://127.0.0.1:8082"

days = defaultdict(lambda: [0, 0, Decimal(0)])  # day -> orders, units, revenue
invoices_of = defaultdict(list)                  # customer -> [invoice lines], oldest first
seen_order = set()

with open(path, newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))

def close(invoice, rows_of_invoice):
    if not rows_of_invoice:
        return
    first = rows_of_invoice[0]
    day = first["InvoiceDate"][:10]
    customer = first["CustomerID"].replace(".0", "") or None
    if invoice.startswith("A"):
        return
    if invoice.startswith("C"):
        for r in rows_of_invoice:
            qty, price = int(r["Quantity"]), Decimal(r["UnitPrice"])
            if qty >= 0 or price <= 0 or customer is None:
                continue
            want = -qty
            for sale in reversed(invoices_of[customer]):
                hit = next((l for l in sale if l["code"] == r["StockCode"] and l["left"] >= want), None)
                if hit:
                    hit["left"] -= want
                    days[day][1] -= want
                    days[day][2] -= hit["price"] * want
                    break
        return
    sale = [{"code": r["StockCode"], "left": int(r["Quantity"]), "price": Decimal(r["UnitPrice"])}
            for r in rows_of_invoice if int(r["Quantity"]) > 0 and Decimal(r["UnitPrice"]) > 0]
    if sale:
        days[day][0] += 1
        days[day][1] += sum(l["left"] for l in sale)
        days[day][2] += sum(l["price"] * l["left"] for l in sale)
        if customer:
            invoices_of[customer].append(sale)


# an invoice's lines are together in the file except once: group by invoice number, first appearance first
by_invoice = {}
for r in rows:
    by_invoice.setdefault(r["InvoiceNo"], []).append(r)
for invoice, invoice_rows in by_invoice.items():
    close(invoice, invoice_rows)

first, last = min(days), max(days)
with urllib.request.urlopen(f"{url}/api/reports/sales-by-channel?from={first}&to={last}&channel=WEB") as response:
    report = json.load(response)
got = {row["period"]: [row["orders"], row["units"], Decimal(str(row["revenue"]))] for row in report["rows"]}

bad = 0
for day in sorted(set(days) | set(got)):
    want = days.get(day, [0, 0, Decimal(0)])
    have = got.get(day, [0, 0, Decimal(0)])
    if want[0] != have[0] or want[1] != have[1] or want[2].compare(have[2]) != 0:
        bad += 1
        print(f"{day}: file {want[0]} orders {want[1]} units {want[2]} GBP, report {have[0]} {have[1]} {have[2]}")
total = [sum(v[0] for v in days.values()), sum(v[1] for v in days.values()), sum(v[2] for v in days.values())]
reported = report["totals"][0] if report["totals"] else {"orders": 0, "units": 0, "revenue": 0}
print(f"{len(days)} days {first}..{last}: file {total[0]} orders, {total[1]} units, GBP {total[2]}; "
      f"report {reported['orders']} orders, {reported['units']} units, GBP {reported['revenue']}; "
      f"{bad} day(s) differ")
sys.exit(1 if bad else 0)
