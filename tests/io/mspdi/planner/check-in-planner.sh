#!/bin/sh
# Opens an MSPDI file the way GNOME Planner's "File > Import > MS Project XML" does, twice:
#  1. headless: Planner's own stylesheet (msp2planner.xsl) and DTD check (mrproject-0.6.dtd), which
#     is exactly what its msp-plugin runs before it opens the result;
#  2. in the Planner window under Xvfb, clicking the menu and typing the path, then a screenshot.
# Needs the Debian packages planner, xvfb, xsltproc, libxml2-utils, xdotool and x11-apps.
# Usage: check-in-planner.sh FILE.xml OUT.png     (not run by the test suite)
set -eu
xml=$(readlink -f "$1"); png=$(readlink -f "$2"); here=$(dirname "$(readlink -f "$0")")
work=$(mktemp -d)
# Planner runs with a fresh home holding only the file, typed as ~/plan.xml: the file chooser's
# inline completion would otherwise complete a longer path into a neighbouring folder.
mkdir "$work/home" && cp "$xml" "$work/home/plan.xml"
xsltproc /usr/share/planner/stylesheets/msp2planner.xsl "$xml" > "$work/converted.planner"
xmllint --noout --dtdvalid /usr/share/planner/dtd/mrproject-0.6.dtd "$work/converted.planner"
echo "stylesheet and DTD: ok ($(grep -c '<task ' "$work/converted.planner") tasks, $(grep -c '<predecessor ' "$work/converted.planner") links)"

cat > "$work/gui.sh" <<GUI
#!/bin/sh
# Waits on windows rather than fixed times: the machine may be busy.
HOME="$work/home" planner -g 1400x880+0+0 > "$work/planner.log" 2>&1 &
pid=\$!
xdotool search --sync --onlyvisible --name 'Planner' > /dev/null; sleep 3
for attempt in 1 2 3; do
  xdotool mousemove 19 12 click 1; sleep 2      # File
  xdotool mousemove 50 112; sleep 2             # Import >
  xdotool mousemove 334 137 click 1             # MS Project XML...
  for i in 1 2 3 4 5 6 7 8 9 10; do xdotool search --onlyvisible --name 'Import a File' > /dev/null && break; sleep 1; done
  xdotool search --onlyvisible --name 'Import a File' > /dev/null && break
  xdotool key Escape; sleep 1
done
sleep 1
xdotool type --delay 80 "~/plan.xml"; sleep 1
# The first Return may only accept the chooser's path completion; the second one opens the file.
xdotool key Return; sleep 1
if xdotool search --onlyvisible --name 'Import a File' > /dev/null; then xdotool key Return; fi
for i in \$(seq 1 30); do
  xdotool search --onlyvisible --name ' - Planner' getwindowname %@ | grep -qv '^Unnamed - Planner' && break
  sleep 1
done
sleep 2
xdotool search --onlyvisible --name 'Planner' getwindowname %@ > "$work/title.txt"
xwd -root -silent > "$work/screen.xwd"
kill \$pid
GUI
chmod +x "$work/gui.sh"
timeout 180 xvfb-run -a -s "-screen 0 1400x900x24" "$work/gui.sh" 2>/dev/null
echo "Planner window: $(cat "$work/title.txt")"
node "$here/xwd2png.mjs" "$work/screen.xwd" "$png" > /dev/null
echo "screenshot: $png"
opened=$(grep -cv '^Unnamed - Planner$' "$work/title.txt" || true)
rm -rf "$work"
[ "$opened" -gt 0 ] || { echo "Planner did not open the file" >&2; exit 1; }
