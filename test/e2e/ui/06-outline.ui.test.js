// The Outline view on the (now correct) draft: the title and 一…六 at the top level, tables 二/三/四
// under their parts, table 三 with its row groups.
'use strict';
const { session, shot, normalise } = require('./session');

const SECTIONS = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
];
const TABLES = ['表二 主动公开政府信息情况', '表三 收到和处理政府信息公开申请情况', '表四 政府信息公开行政复议、行政诉讼情况'];

describe('outline view', () => {
  it('shows 一…六 and the tables', async () => {
    const page = session.page;
    await page.keyboard.press('Control+Shift+E');
    // Fold the file list away so that the Outline gets the height of the side bar.
    const folders = page
      .locator('.pane', { has: page.locator('.explorer-folders-view') })
      .locator('.pane-header')
      .first();
    if ((await folders.getAttribute('aria-expanded')) === 'true') await folders.click();
    const header = page.locator('.pane-header', { hasText: /^\s*Outline/ });
    await header.waitFor();
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    const pane = page.locator('.pane', { has: header });
    const rows = pane.locator('.monaco-list-row');
    await rows.filter({ hasText: SECTIONS[0] }).first().waitFor({ timeout: 30000 });
    // Collapse everything, then open 二, 三, 四 and table 三 one level: every name fits the pane at once.
    await header.hover();
    await pane.locator('.codicon-collapse-all').first().click();
    for (const name of SECTIONS) await rows.filter({ hasText: name }).first().waitFor();
    const expand = async (name) => {
      const row = rows.filter({ hasText: name }).first();
      if ((await row.getAttribute('aria-expanded')) !== 'true') await row.locator('.monaco-tl-twistie').click();
    };
    for (const name of SECTIONS.slice(1, 4)) await expand(name);
    for (const name of TABLES) await rows.filter({ hasText: name }).first().waitFor();
    await expand(TABLES[1]);
    await rows.filter({ hasText: '三、本年度办理结果' }).first().waitFor();
    const shown = (await rows.allInnerTexts()).map(normalise);
    // Away from the header, whose tooltip would cover the tree in the picture.
    await page.mouse.move(700, 400);
    await shot('outline');
    // In document order: each table right after its part's row.
    const at = (name) => shown.findIndex((t) => t.startsWith(name));
    for (let i = 1; i < SECTIONS.length; i++) {
      if (!(at(SECTIONS[i - 1]) < at(SECTIONS[i]))) throw new Error(`outline order: ${JSON.stringify(shown)}`);
    }
    for (let i = 0; i < TABLES.length; i++) {
      if (at(TABLES[i]) !== at(SECTIONS[i + 1]) + 1)
        throw new Error(`${TABLES[i]} is not under ${SECTIONS[i + 1]}: ${JSON.stringify(shown)}`);
    }
    // Table 三's rows in the official groups: 一, 二, 三、本年度办理结果, 四.
    const groups = ['一、本年新收', '二、上年结转', '三、本年度办理结果', '四、结转下年度继续办理'].map(at);
    const t3 = at(TABLES[1]);
    if (groups.join() !== [t3 + 1, t3 + 2, t3 + 3, t3 + 4].join()) throw new Error(`table 三's groups: ${JSON.stringify(shown)}`);
  });
});
