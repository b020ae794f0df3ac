// Lays out a fresh, isolated VS Code profile and the test workspaces under a run folder, the same way
// for code-server and for desktop VS Code. Seeds are read from ../shared/seeds at run time only.
//
//   RUN_DIR/ud/User/settings.json    user settings that keep the workbench quiet and predictable
//   RUN_DIR/exts/                     extensions folder (the runner installs the .vsix here)
//   RUN_DIR/ws-suite/{seeds,examples} drafts for the extension-host suite
//   RUN_DIR/ws-suite/.vscode/         workspace settings of the suite (the extension speaks Chinese)
//   RUN_DIR/ws-ui/                    seeds renamed to *.nianbao.txt, and an invented draft with one
//                                     wrong total, for the UI tests
//
// CLI: node test/e2e/prepare.js RUN_DIR
'use strict';
const fs = require('fs');
const path = require('path');
const { reportText, R7_TOTAL } = require('./drafts');

const ROOT = path.resolve(__dirname, '..', '..');
const SEEDS = path.resolve(process.env.NIANBAO_SEEDS || path.join(ROOT, '..', 'shared', 'seeds'));
const EXAMPLES = path.join(ROOT, 'examples');

// Without these, a first start shows the Welcome page and a chat view whose input takes keyboard
// focus, asks to trust the folder (Restricted Mode disables the extension) and tries to reach the
// network for updates and recommendations.
const SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'git.enabled': false,
  'chat.disableAIFeatures': true,
};

const SUITE_SETTINGS = { 'nianbao.language': 'zh-cn' };

/** The invented draft's file name in the UI workspace (ASCII, so Quick Open can type it). */
const UI_DRAFT = 'draft-wrong-total.nianbao.txt';

function listFiles(dir, re) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => re.test(f) && fs.statSync(path.join(dir, f)).isFile())
    .sort();
}

function copyFiles(fromDir, names, toDir, rename = (n) => n) {
  fs.mkdirSync(toDir, { recursive: true });
  for (const n of names) fs.copyFileSync(path.join(fromDir, n), path.join(toDir, rename(n)));
}

/**
 * The user-data and extensions folders with the settings above (also used by `npm run try`, which adds
 * its own, e.g. the extension's language).
 */
function writeProfile(runDir, extraSettings = {}) {
  fs.mkdirSync(path.join(runDir, 'ud', 'User'), { recursive: true });
  fs.mkdirSync(path.join(runDir, 'exts'), { recursive: true });
  fs.writeFileSync(path.join(runDir, 'ud', 'User', 'settings.json'), JSON.stringify({ ...SETTINGS, ...extraSettings }, null, 2));
}

/** Creates the layout described above; returns what was copied so runners can report it. */
function prepareRun(runDir) {
  runDir = path.resolve(runDir);
  writeProfile(runDir);

  const seeds = listFiles(SEEDS, /\.txt$/);
  const examples = listFiles(EXAMPLES, /\.(txt|md)$/);
  copyFiles(SEEDS, seeds, path.join(runDir, 'ws-suite', 'seeds'));
  copyFiles(EXAMPLES, examples, path.join(runDir, 'ws-suite', 'examples'));
  // The suite compares hover texts and fix titles word for word, so it pins the extension's language
  // to Chinese whatever VS Code's display language is (the UI tests run with the default, English).
  fs.mkdirSync(path.join(runDir, 'ws-suite', '.vscode'), { recursive: true });
  fs.writeFileSync(path.join(runDir, 'ws-suite', '.vscode', 'settings.json'), JSON.stringify(SUITE_SETTINGS, null, 2));
  // The UI tests are about diagnostics, not content detection, so the copies carry a report name.
  copyFiles(SEEDS, seeds, path.join(runDir, 'ws-ui'), (n) => n.replace(/\.txt$/, '.nianbao.txt'));
  // The users are Chinese: the UI workspace shows the extension's texts (status bar, CodeLenses, hovers,
  // fixes) in Chinese while the workbench itself stays English (no language pack offline).
  fs.mkdirSync(path.join(runDir, 'ws-ui', '.vscode'), { recursive: true });
  fs.writeFileSync(path.join(runDir, 'ws-ui', '.vscode', 'settings.json'), JSON.stringify(SUITE_SETTINGS, null, 2));
  // And an invented report with one wrong total (（七）总计 says 6, the rows add up to 5), for the hover,
  // quick-fix, preview and status-bar steps, whose expected texts are known in advance.
  fs.writeFileSync(path.join(runDir, 'ws-ui', UI_DRAFT), reportText({ r7Total: R7_TOTAL + 1 }));
  return { runDir, seeds, examples, seedsDir: SEEDS };
}

/** The folder the .vsix was installed into (publisher.name-version) inside an extensions folder. */
function installedExtensionDir(extsDir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const dir = path.join(extsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`.toLowerCase());
  if (!fs.existsSync(path.join(dir, 'package.json'))) throw new Error(`the .vsix is not installed in ${extsDir}`);
  return dir;
}

module.exports = { ROOT, UI_DRAFT, writeProfile, prepareRun, installedExtensionDir };

if (require.main === module) {
  if (!process.argv[2]) {
    console.error('usage: node test/e2e/prepare.js RUN_DIR');
    process.exit(2);
  }
  const r = prepareRun(process.argv[2]);
  if (r.seeds.length === 0) console.warn(`note: no seeds found in ${r.seedsDir}`);
  console.log(`prepared ${r.runDir}: ${r.seeds.length} seeds, ${r.examples.length} examples`);
}
