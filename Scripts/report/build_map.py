#!/usr/bin/env python3
"""Turn Natural Earth 1:110m admin-0 country shapes into Datasets/map/countries_110m.tsv.

Run once when the map should change; the report reads only the TSV.

    pip download --no-deps "geopandas<1.0" -d /tmp/gp
    (cd /tmp/gp && unzip -o -q geopandas-*.whl 'geopandas/datasets/*')
    pip install pyshp
    python3 Scripts/report/build_map.py /tmp/gp/geopandas/datasets/naturalearth_lowres/naturalearth_lowres

Steps: read each country's polygons, project them with the Equal Earth projection (Savric, Patterson and
Jenny, 2018) onto a plane MAP_WIDTH units wide, drop Antarctica and land south of SOUTH_LIMIT, simplify each
ring (Douglas-Peucker, TOLERANCE units), round to one decimal, drop rings smaller than MIN_RING_AREA (but keep
every country's largest ring), and write one SVG path per ISO 3166-1 alpha-2 code. Natural Earth's ISO alpha-3
codes are mapped to alpha-2 through Datasets/gazetteer/countries.tsv; its -99 codes by name (NAME_FIXES).
Finally the SHA-256 of the TSV is written into Datasets/map/SOURCE.md.
"""
import hashlib
import math
import os
import re
import sys

import shapefile  # pyshp

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Datasets", "map", "countries_110m.tsv")
SOURCE = os.path.join(ROOT, "Datasets", "map", "SOURCE.md")
GAZETTEER = os.path.join(ROOT, "Datasets", "gazetteer", "countries.tsv")

MAP_WIDTH = 1000.0      # projected width of the whole world, in SVG user units
SOUTH_LIMIT = -58.0     # latitude below which land is dropped (only Antarctica and far-south islets)
NORTH_LIMIT = 84.0      # northernmost latitude shown (top of the frame)
TOLERANCE = 0.45        # Douglas-Peucker tolerance, in SVG units
MIN_RING_AREA = 2.0     # islands smaller than this (square units) are dropped, except a country's largest ring

# Natural Earth rows whose ISO alpha-3 is -99: the alpha-2 code they are drawn under.
NAME_FIXES = {"France": "FR", "Norway": "NO", "Kosovo": "XK", "N. Cyprus": "CY", "Somaliland": "SO"}
SKIP = {"Antarctica", "Fr. S. Antarctic Lands"}

A1, A2, A3, A4 = 1.340264, -0.081106, 0.000893, 0.003796
M = math.sqrt(3) / 2


def equal_earth(lon, lat):
    lam, phi = math.radians(lon), math.radians(lat)
    theta = math.asin(M * math.sin(phi))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = lam * math.cos(theta) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)))
    y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2))
    return x, y


X_MAX = equal_earth(180, 0)[0]
SCALE = MAP_WIDTH / (2 * X_MAX)
Y_TOP = equal_earth(0, NORTH_LIMIT)[1]
Y_BOTTOM = equal_earth(0, SOUTH_LIMIT)[1]
MAP_HEIGHT = round((Y_TOP - Y_BOTTOM) * SCALE, 1)


def project(lon, lat):
    x, y = equal_earth(lon, max(min(lat, NORTH_LIMIT), SOUTH_LIMIT))
    return (x + X_MAX) * SCALE, (Y_TOP - y) * SCALE


def simplify(points, tol):
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        ax, ay = points[a]
        bx, by = points[b]
        dx, dy = bx - ax, by - ay
        norm = math.hypot(dx, dy)
        best, index = -1.0, -1
        for i in range(a + 1, b):
            px, py = points[i]
            d = abs(dy * (px - ax) - dx * (py - ay)) / norm if norm else math.hypot(px - ax, py - ay)
            if d > best:
                best, index = d, i
        if index >= 0 and best > tol:
            keep[index] = True
            stack.append((a, index))
            stack.append((index, b))
    return [p for p, k in zip(points, keep) if k]


def area(ring):
    s = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        s += x1 * y2 - x2 * y1
    return abs(s) / 2


def fmt(v):
    text = f"{v:.1f}"
    text = text[:-2] if text.endswith(".0") else text
    return "0" if text == "-0" else text


def ring_path(ring):
    coords = " ".join(f"{fmt(x)} {fmt(y)}" for x, y in ring)
    return "M" + coords + "Z"


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: build_map.py PATH/naturalearth_lowres (without extension)")
    alpha3 = {}
    with open(GAZETTEER, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            row = dict(zip(header, line.rstrip("\n").split("\t")))
            alpha3[row["alpha3"]] = row["alpha2"]
    reader = shapefile.Reader(sys.argv[1])
    rings_by_code, names = {}, {}
    for shape_record in reader.iterShapeRecords():
        rec = shape_record.record.as_dict()
        name, iso3 = rec["name"], rec["iso_a3"]
        if name in SKIP:
            continue
        code = NAME_FIXES.get(name) or alpha3.get(iso3)
        if code is None:
            sys.exit(f"no alpha-2 code for {name} ({iso3})")
        if code not in names or name not in NAME_FIXES:
            names[code] = name
        shape = shape_record.shape
        parts = list(shape.parts) + [len(shape.points)]
        for start, end in zip(parts, parts[1:]):
            pts = [project(lon, lat) for lon, lat in shape.points[start:end]]
            if pts and pts[0] == pts[-1]:
                pts = pts[:-1]
            ring = simplify(pts + [pts[0]], TOLERANCE)[:-1]
            ring = [(round(x, 1), round(y, 1)) for x, y in ring]
            ring = [p for i, p in enumerate(ring) if i == 0 or p != ring[i - 1]]
            if len(ring) >= 3:
                rings_by_code.setdefault(code, []).append(ring)
    lines = ["iso_a2\tname\tpath"]
    for code in sorted(rings_by_code):
        rings = sorted(rings_by_code[code], key=area, reverse=True)
        kept = [rings[0]] + [r for r in rings[1:] if area(r) >= MIN_RING_AREA]
        lines.append(f"{code}\t{names[code]}\t{''.join(ring_path(r) for r in kept)}")
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(OUT, "wb") as f:
        f.write(data)
    digest = hashlib.sha256(data).hexdigest()
    with open(SOURCE, encoding="utf-8") as f:
        text = f.read()
    text = re.sub(r"sha256: `[0-9a-f]{64}`", f"sha256: `{digest}`", text)
    text = re.sub(r"frame: `[0-9.]+ x [0-9.]+`", f"frame: `{fmt(MAP_WIDTH)} x {fmt(MAP_HEIGHT)}`", text)
    with open(SOURCE, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"{len(lines) - 1} countries, {len(data)} bytes, frame {fmt(MAP_WIDTH)} x {fmt(MAP_HEIGHT)}, sha256 {digest}")


if __name__ == "__main__":
    main()
