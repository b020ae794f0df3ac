// The extension under test is the packaged .vsix (what ships is what is tested) and it activates.
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { EXTENSION_ID, manifest, activeExtension } = require('./helpers');

describe('packaged extension', () => {
  it(`${EXTENSION_ID} is the installed .vsix, not the source tree`, async () => {
    const ext = await activeExtension();
    const root = ext.extensionPath;
    // The runners point extensionDevelopmentPath at the folder the .vsix was installed into; a source
    // checkout would have client/src and node_modules, which .vscodeignore keeps out of the package.
    for (const absent of ['client/src', 'server/src', 'node_modules', 'test']) {
      assert.ok(!fs.existsSync(path.join(root, absent)), `${absent} should not be in the package (${root})`);
    }
    for (const present of ['package.json', 'client/out/extension.js', 'server/out/server.js', 'server/out/cli.js']) {
      assert.ok(fs.existsSync(path.join(root, present)), `${present} is missing from the package (${root})`);
    }
    assert.strictEqual(ext.packageJSON.version, manifest.version);
  });

  it('activates without throwing', async () => {
    const ext = await activeExtension();
    assert.strictEqual(ext.isActive, true);
  });
});
