/**
 * Who may import whom (docs/ARCHITECTURE.md, "Layers and who may import whom"), checked by
 * `npm run deps` as part of `npm test`. Tests may reach across layers to set things up, so only
 * production code is checked.
 */
/** Node's built-in modules (named without their node: prefix once resolved) and packages that need Node. */
const NODE_ONLY =
  '^((assert|buffer|child_process|crypto|dgram|dns|events|fs|http|http2|https|module|net|os|path|perf_hooks|process|readline|stream|timers|tls|tty|url|util|v8|vm|worker_threads|zlib)(/|$)|node_modules/(serialport|@serialport/|pg/|pg-|@electric-sql/pglite|node-thermal-printer|pino|ws/|electron/|@electron/|sharp|esbuild|vite/))';

module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'domain/ holds pure rules: it imports nothing but domain/.',
      severity: 'error',
      from: { path: '^domain/' },
      to: { pathNot: '^domain/' },
    },
    {
      name: 'renderer-no-node',
      comment:
        'The renderer runs in a sandboxed browser: it never reaches Node modules or hardware code with I/O, not even through another module.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: NODE_ONLY, reachable: true },
    },
    {
      name: 'renderer-no-main',
      comment: 'The renderer speaks to main only through the bridge contract (bridge/).',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^(electron|sync/server|sync/admin)/' },
    },
    {
      name: 'bridge-is-a-contract',
      comment:
        'bridge/ is shared by both processes: it imports domain/, sync/protocol/ and Node-free hardware types only.',
      severity: 'error',
      from: { path: '^bridge/' },
      to: { path: '^(renderer|electron|sync/client|sync/server|sync/admin)/' },
    },
    {
      name: 'bridge-no-node',
      comment: 'The renderer imports bridge/, so bridge/ never reaches Node either.',
      severity: 'error',
      from: { path: '^bridge/' },
      to: { path: NODE_ONLY, reachable: true },
    },
    {
      name: 'hardware-not-sync',
      comment:
        "Hardware prints and scans; it knows nothing of sync (documents reach it through the bridge's print request).",
      severity: 'error',
      from: { path: '^hardware/' },
      to: { path: '^(sync|renderer|electron)/' },
    },
    {
      name: 'protocol-is-shared',
      comment: 'sync/protocol/ is the wire format both ends share: domain/ and zod only.',
      severity: 'error',
      from: { path: '^sync/protocol/' },
      to: { pathNot: '^(sync/protocol/|domain/|node_modules/zod/)' },
    },
    {
      name: 'sync-client-is-portable',
      comment: 'The sync client works over interfaces: no Dexie, no bridge, no Node, no UI.',
      severity: 'error',
      from: { path: '^sync/client/' },
      to: { path: [NODE_ONLY, '^(node_modules/dexie|bridge/|electron/|renderer/|hardware/|sync/server/|sync/admin/)'] },
    },
    {
      name: 'server-stands-alone',
      comment:
        "The provincial server and admin CLI import neither the terminal's renderer, main process, bridge nor hardware.",
      severity: 'error',
      from: { path: '^sync/(server|admin)/' },
      to: { path: '^(renderer|electron|hardware|bridge|sync/client)/' },
    },
    {
      name: 'components-read-through-queries',
      comment:
        "Screens read IndexedDB through each feature's live queries (renderer/<feature>/queries.ts): no component imports the database or Dexie.",
      severity: 'error',
      from: { path: '^renderer/components/' },
      to: { path: '^(renderer/db/|node_modules/dexie(-react-hooks)?/)' },
    },
    {
      name: 'stores-without-cycles',
      comment:
        'Stores do not import each other in a circle: checkout state is one store of slices, sign-in lives in renderer/session/, commits are announced by renderer/outbox/commit.ts.',
      severity: 'error',
      from: { path: '^renderer/stores/' },
      to: { path: '^renderer/stores/', circular: true },
    },
    {
      name: 'backoffice-is-a-web-app',
      comment:
        "The back office (backoffice/) runs in a browser against the server's HTTP API: it imports domain/, sync/protocol/ and browser libraries only.",
      severity: 'error',
      from: { path: '^backoffice/' },
      to: { pathNot: '^(backoffice/|domain/|sync/protocol/|node_modules/)' },
    },
    {
      name: 'backoffice-no-node',
      comment: 'Nothing the back office reaches is a Node module.',
      severity: 'error',
      from: { path: '^backoffice/' },
      to: { path: NODE_ONLY, reachable: true },
    },
    {
      name: 'nothing-imports-backoffice',
      comment: 'The server serves the built back office; no other code imports it.',
      severity: 'error',
      from: { pathNot: '^backoffice/' },
      to: { path: '^backoffice/' },
    },
    {
      name: 'main-not-renderer',
      comment: 'Main serves the built renderer but never imports its code, nor the sync client or the server.',
      severity: 'error',
      from: { path: '^electron/' },
      to: { path: '^(renderer|sync/client|sync/server|sync/admin)/' },
    },
  ],
  options: {
    // node_modules may be a symlink (git worktrees share one): name packages by where they are linked.
    preserveSymlinks: true,
    exclude: { path: '\\.test\\.tsx?$|^tests/' },
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.cjs', '.mjs', '.json'],
    },
  },
};
