import { EXPORT_FORMATS } from './formats'

const formats = (): string => EXPORT_FORMATS.map((f) => `      ${f.name.padEnd(7)} ${f.description}`).join('\n')

export const HELP: Record<string, () => string> = {
  main: () => `flowstate: compare and convert clinical workflow maps (current, transition, future state)

Usage:
  flowstate diff BEFORE AFTER [--json] [--match-by lineage|label]
  flowstate diff PROJECT.flowstate.json [--from NAME] [--to NAME] [--json]
  flowstate import FILE.bpmn [FILE.bpmn ...] -o project.flowstate.json
  flowstate export FILE --format ${EXPORT_FORMATS.map((f) => f.name).join('|')} [--preset jira|asana] [--from NAME] [--to NAME] [--state NAME] [-o OUT]
  flowstate validate FILE
  flowstate observe PROJECT --log FILE.csv|FILE.xes [--state NAME] [--go-live DATE] [--json]
  flowstate serve [--port 8080] [--host 0.0.0.0] [--data DIR] [--postgres URL] [--redis URL]

Run "flowstate COMMAND --help" for details. Exit status: 0 success, 2 bad input (one line on stderr).
`,
  diff: () => `flowstate diff BEFORE AFTER [--json] [--match-by lineage|label] [--from NAME] [--to NAME]

Compares two states: steps added, removed and changed, handoffs between roles, duplicate
documentation and who must adapt.

  BEFORE, AFTER   two .bpmn files, or one .flowstate.json holding both states
  --from NAME     the before state of a project file: its name, its region name
                  ("Transition state 2") or its phase ("current") when no other state has it;
                  a name that fits several states is refused with their region names;
                  default: the first current state
  --to NAME       the after state, named the same way; default: the last future state
  --json          print the whole result as JSON (summary, steps, matches, handoffs,
                  duplicates, metrics, roles)
  --match-by label
                  ignore ids: for two files drawn independently ("Task_1" means nothing);
                  default: lineage (element ids of BPMN files, step lineage in projects)
`,
  import: () => `flowstate import FILE.bpmn [FILE.bpmn ...] [-o project.flowstate.json] [--name NAME]

Builds one project from BPMN files, one state per file, in order: current, transition(s),
future (one file: current; two: current and future). Each state is named after its process;
when files call their processes the same, by phase and file ("Transition state (phase1.bpmn)").
Roles, systems and data items with the same name are shared. Warnings about what BPMN elements
were skipped go to stderr.

  -o FILE      where to write the project (default: standard output)
  --name NAME  the project's name (default: the first file's name)
`,
  export: () => `flowstate export FILE --format FORMAT [--from NAME] [--to NAME] [--state NAME] [-o OUT]

Writes a project (.flowstate.json) or a BPMN file in another format.

  --format FORMAT
${formats()}
  --from NAME  a state's name, region name ("Transition state 2") or phase, as for diff;
               default: the first current state
  --to NAME    default: the last future state (or the only state)
  --state NAME svg only: draw this one state's map instead of a comparison. Without
               --state, --from or --to, svg draws the side-by-side view the app opens
               with: current against future, with a transition state between them when
               there is one (a one-state project: that state)
  --preset jira|asana
               csv only: columns for Jira's or Asana's CSV importer (default: a generic sheet)
  --start YYYY-MM-DD
               plan formats: the first working day (mspdi default: today; csv: dates only when given)
  -o OUT       where to write (default: standard output)
`,
  observe: () => `flowstate observe PROJECT --log FILE.csv|FILE.xes [--state NAME] [--go-live DATE] [--json]

Replays the hospital's event log on the project's states: which share of cases looks like each
state week by week (the adoption curve), fitness per state (alignments), the deviations from the
chosen state in the map's words (skipped, out of order, not in this state, rework, and reverting:
a step still done the old way), and per step, flow and case what the log shows beside what the
map plans, before and after the go-live. The log is streamed (twice) and never held in memory;
.gz files are read as they are.

  --log FILE        a CSV export or an XES file (IEEE 1849); FILE.gz is decompressed
  --state NAME      the state to measure against (name, region name or phase, as for diff);
                    default: the last future state
  --go-live DAY     YYYY-MM-DD: splits before from after; default: the state's go-live set in
                    the project, else the week the log shows it
  --json            print the whole result as JSON
  --zone ZONE       the time zone of times written without an offset (e.g. Europe/Berlin);
                    default: this computer's zone. It is stated in the report.
  --columns LIST    CSV: which column is which, e.g. "case=Cycle ID,activity=Step,end=Time";
                    roles: case, activity, start, end, resource, role, department;
                    default: guessed from the header and the first rows (said on stderr)
  --time-format F   CSV: iso, dmy, mdy, epoch-s or epoch-ms; default: guessed
  --deviations OUT  write each case's deviations as CSV (one row per case)
  --key FILE        the pseudonym key (made when missing): case ids and staff names become the
                    same pseudonyms every run; default: a key for this run only
  --keep-ids        keep the original case ids and staff names (no pseudonyms)

Activities map to steps as confirmed in the app; a state nobody has mapped yet uses the matcher's
proposals, and the report says so. Rows that cannot be read are left out and listed by line.
`,
  validate: () => `flowstate validate FILE

Checks a .flowstate.json or .bpmn file the way the app reads it. Exit 0 when valid (warnings
listed), 2 with the first problem.
`,
  serve: () => `flowstate serve [--port 8080] [--host 0.0.0.0] [--data DIR] [--postgres URL] [--redis URL]

Runs a live-workshop server: several laptops edit one map together. One port serves the app
(dist/, built first when missing or older than the sources), the health check /healthz, the
API the share dialog uses (/api/rooms) and the WebSocket of shared projects (/collab). It prints
the addresses to give the others and the facilitator link; Ctrl+C (or SIGTERM) stores every
open project, then stops.

  --port N        the port (default 8080; 0: any free port, printed)
  --host ADDR     the address to listen on (default 0.0.0.0: every network of this computer;
                  127.0.0.1: this computer only, e.g. behind a proxy on the same machine)
  --data DIR      the data folder (default ./flowstate-data): the SQLite file of projects and
                  the server's secret; back it up
  --postgres URL  keep projects in PostgreSQL instead (postgres://user@host/db); for several
                  processes behind a load balancer
  --redis URL     let several processes serve the same projects (redis://host:6379)
  --redis-prefix NAME
                  the prefix of this server's Redis channels (default flowstate)
  --public-url URL
                  the address people reach the server at behind a proxy
                  (https://flowstate.example.org/); links start with it
  --app DIR       serve this built app instead of building dist/

The secret that signs links is FLOWSTATE_SECRET when set (the same on every process), else a
file created once in the data folder. See docs/server.md.
`,
}
