"""End-to-end latency of `tilts serve`: from saving one news item to the
new page being served, through the file watcher, the rebuild and HTTP.

    python3 bench/serve_latency.py TILTS_BINARY SITE_DIR PAGE_PATH [RUNS] [body|title]

PAGE_PATH is the URL path of the page made from content/news/n000001.lv.md.
An edit of the body (the default) adds a sentence at its start; an edit of
the title adds a word at the title's end (the corpus's titles are longer
than a slug, 80 characters, so the address stays) and changes every list
that shows the item.
Prints each run and the median in milliseconds, and the median of the
rebuild times the server reported itself ("Built in N ms (pages shown
after M ms)": the edited pages are served after M ms, the rest follows).
"""

import http.client
import pathlib
import socket
import statistics
import subprocess
import sys
import time

tilts, site, page = sys.argv[1:4]
runs = int(sys.argv[4]) if len(sys.argv) > 4 else 9
edit = sys.argv[5] if len(sys.argv) > 5 else "body"

with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]

server = subprocess.Popen(
    [tilts, "serve", "--root", site, "--port", str(port)],
    stdout=subprocess.PIPE,
    stderr=subprocess.DEVNULL,
    text=True,
)
item = pathlib.Path(site, "content/news/n000001.lv.md")
original = item.read_text()
try:
    for line in server.stdout:
        if line.startswith("Serving"):
            break
    conn = http.client.HTTPConnection("127.0.0.1", port)

    def body():
        conn.request("GET", page)
        return conn.getresponse().read().decode()

    times = []
    for i in range(runs):
        marker = f"Labojums{i}z"
        if edit == "title":
            edited = original.replace('"\ndate:', f' {marker}"\ndate:', 1)
        else:
            edited = original.replace("\n---\n", f"\n---\n{marker}.\n\n", 1)
        time.sleep(1.0)  # let the previous rebuild settle
        start = time.perf_counter()
        item.write_text(edited)
        while marker not in body():
            if time.perf_counter() - start > 10:
                sys.exit(f"the page {page} did not change within 10 s")
            time.sleep(0.001)
        ms = (time.perf_counter() - start) * 1000
        times.append(ms)
        print(f"  {edit} edit, save to served page {i}: {ms:.0f} ms")
    print(f"median save to served page, {edit} edit: {statistics.median(times):.0f} ms")
finally:
    item.write_text(original)
    server.terminate()
    rest = server.stdout.read()
    server.wait()
reports = [line for line in rest.splitlines() if line.startswith("Built in ")]
builds = [int(line.split()[2]) for line in reports]
shown = [int(line.split("pages shown after ")[1].split()[0]) for line in reports if "pages shown after" in line]
if builds:
    print(f"median rebuild as reported by serve: {statistics.median(builds)} ms ({len(builds)} builds)")
if shown:
    print(f"median time to the pages being shown, as reported by serve: {statistics.median(shown)} ms")
