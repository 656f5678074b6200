// The registry API: lookups, crosswalks, loading newer packs, and the errors bad packs get.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  bundledPacks,
  compareVersions,
  createFrameworkRegistry,
  FrameworkPackError,
  getDefaultRegistry,
  parsePack,
  parseRef,
  type FrameworkPack,
  type PackError,
} from '../src/frameworks';

const base = getDefaultRegistry();

/** A registry of the seven framework packs only, with no crosswalk, for crosswalk tests. */
const frameworksOnly = createFrameworkRegistry(bundledPacks.filter((p) => p.kind === 'framework'));

/** A small crosswalk fixture (Candour's real crosswalk is a data file written separately). */
function fixtureCrosswalk(version = '1.0.0') {
  return {
    id: 'test-crosswalk',
    version,
    title: 'Test crosswalk',
    kind: 'crosswalk',
    authoredBy: 'Candour',
    description: "Candour's own mapping for tests; not part of any framework.",
    links: [
      {
        id: 'pledge-4',
        from: 'tech-pledge#4',
        to: ['oxford-guidance#ics.tech.2', 'cqc-ai#cqc.3', 'sssc#sssc.3'],
        evidence: [
          { path: 'features[].record.oversight.model', why: 'says who checks the output' },
          { path: 'supplier.pledge.signed', why: 'the supplier says it has signed' },
        ],
      },
      {
        id: 'pledge-6',
        from: 'tech-pledge#6',
        to: ['cqc-ai#reg.17', 'cqc-ai#cqc.3'],
        note: 'Accountability and governance.',
      },
    ],
  };
}

/** A minimal valid framework pack, to break in tests. */
function minimal(): { [k: string]: unknown; items: Record<string, unknown>[] } {
  return {
    id: 'acme-policy',
    version: '1.0.0',
    title: 'Acme AI policy',
    publisher: 'Acme Care Software Ltd',
    description: "Acme's own AI principles.",
    kind: 'framework',
    items: [
      { id: 'p', type: 'perspective', title: 'As a supplier', voice: 'We', order: 1, provenance: { status: 'paraphrase' } },
      { id: 'd', type: 'domain', title: 'Data', order: 2, provenance: { status: 'paraphrase' } },
      {
        id: 'd.p.1',
        type: 'statement',
        text: 'We keep data safe.',
        perspective: 'p',
        domain: 'd',
        order: 3,
        provenance: { status: 'verbatim', source: { kind: 'url', url: 'https://example.org/policy' } },
      },
    ],
  };
}

function errorsOf(json: unknown): PackError[] {
  const r = parsePack(json);
  assert.equal(r.ok, false, 'expected the pack to be refused');
  return r.ok ? [] : r.errors;
}

function hasError(errors: readonly PackError[], path: string, message: RegExp) {
  assert.ok(
    errors.some((e) => e.path === path && message.test(e.message)),
    `expected an error at ${path} matching ${message}; got ${JSON.stringify(errors, null, 1)}`,
  );
}

/** The bundled oxford-guidance pack as plain, mutable JSON. */
function oxfordJson(): FrameworkPack {
  return structuredClone(bundledPacks.find((p) => p.id === 'oxford-guidance')) as FrameworkPack;
}

describe('lookups', () => {
  it('getItem takes "pack#item" or (pack, item)', () => {
    const a = base.getItem('oxford-guidance#ics.providers.3');
    const b = base.getItem('oxford-guidance', 'ics.providers.3');
    assert.ok(a);
    assert.equal(a, b);
    assert.equal(base.getItem('oxford-guidance#nope'), undefined);
    assert.equal(base.getItem('nope#ics.providers.3'), undefined);
    assert.equal(base.getItem('not a ref'), undefined);
  });

  it('getPack, getFramework and listPacks', () => {
    assert.equal(base.getPack('tech-pledge')?.kind, 'framework');
    assert.equal(base.getFramework('candour-crosswalk'), undefined);
    assert.equal(base.getPack('candour-crosswalk')?.kind, 'crosswalk');
    assert.equal(base.getPack('nope'), undefined);
  });

  it('items filters by type, parent, perspective, domain and status', () => {
    assert.equal(base.items('oxford-guidance', { type: 'statement' }).length, 22);
    assert.deepEqual(base.items('tech-pledge', { parent: '2' }).map((i) => i.id), ['2a', '2b', '2c', '2d']);
    assert.deepEqual(
      base.items('oxford-guidance', { perspective: 'workforce', domain: 'ics' }).map((i) => i.id),
      ['ics.workforce.1', 'ics.workforce.2'],
    );
    assert.deepEqual(base.items('nope'), []);
  });

  it('knownIds by type, and suggest for a typo', () => {
    assert.deepEqual(base.knownIds('oxford-guidance', 'domain'), ['ics', 'sg', 'tr', 'ep']);
    assert.deepEqual(base.knownIds('cqc-ai', 'regulation'), ['reg.9', 'reg.10', 'reg.11', 'reg.12', 'reg.17']);
    assert.equal(base.suggest('oxford-guidance', 'ics.provider.3', 'statement'), 'ics.providers.3');
    assert.equal(base.suggest('oxford-guidance', 'something else entirely'), undefined);
  });

  it('packs are frozen, so one user cannot change another\'s data', () => {
    const item = base.getItem('oxford-guidance#ics.people.1');
    assert.ok(item && Object.isFrozen(item) && Object.isFrozen(item.provenance));
    assert.throws(() => {
      (item as { text?: string }).text = 'changed';
    }, TypeError);
  });

  it('parseRef and compareVersions', () => {
    assert.deepEqual(parseRef('cqc-ai#reg.17'), { packId: 'cqc-ai', itemId: 'reg.17' });
    assert.equal(parseRef('cqc-ai'), undefined);
    assert.ok(compareVersions('2.0.0', '1.9.9') > 0);
    assert.ok(compareVersions('1.0.0-rc.1', '1.0.0') < 0);
    assert.ok(compareVersions('1.0.0-alpha', '1.0.0-alpha.1') < 0);
    assert.ok(compareVersions('1.0.0-2', '1.0.0-10') < 0);
    assert.equal(compareVersions('1.0.0+build', '1.0.0'), 0);
  });
});

describe('crosswalks', () => {
  it('loads a crosswalk and finds links from and to an item', () => {
    const r = frameworksOnly.load(fixtureCrosswalk());
    assert.ok(r.ok, JSON.stringify(!r.ok && r.errors));
    const reg = r.registry;
    assert.deepEqual(reg.crosswalks().map((c) => c.id), ['test-crosswalk']);
    assert.deepEqual(reg.crosswalkFrom('tech-pledge#4').map((m) => m.link.id), ['pledge-4']);
    assert.deepEqual(reg.crosswalkTo('cqc-ai#cqc.3').map((m) => m.link.id), ['pledge-4', 'pledge-6']);
    assert.equal(reg.crosswalkTo('cqc-ai#cqc.3')[0]?.crosswalk.id, 'test-crosswalk');
    assert.deepEqual(reg.crosswalkFrom('tech-pledge#1'), []);
    assert.deepEqual(frameworksOnly.crosswalks(), [], 'the registry loaded into is unchanged');
  });

  it('the bundled registry carries Candour\'s crosswalk, and every link resolves', () => {
    const [cw] = base.crosswalks();
    assert.equal(cw?.id, 'candour-crosswalk');
    assert.equal(cw?.authoredBy, 'Candour');
    for (const link of cw?.links ?? []) for (const ref of [link.from, ...link.to]) assert.ok(base.getItem(ref), ref);
  });

  it('refuses a crosswalk whose references do not resolve, naming the nearest id', () => {
    const cw = fixtureCrosswalk();
    cw.links[0]!.to[0] = 'oxford-guidance#ics.provider.3';
    cw.links[1]!.to[0] = 'cqc.ai#reg.17';
    const r = frameworksOnly.load(cw);
    assert.equal(r.ok, false);
    const errors = r.ok ? [] : r.errors;
    hasError(errors, 'links[0].to[0]', /pack "oxford-guidance" \(version 1\.0\.0\) has no item "ics\.provider\.3"; did you mean "oxford-guidance#ics\.providers\.3"\?/);
    hasError(errors, 'links[1].to[0]', /no framework pack "cqc\.ai" is loaded \(did you mean "cqc-ai"\?\)/);
  });

  it('checks crosswalk shape: duplicate link ids, self links, bad refs and evidence paths', () => {
    const cw = fixtureCrosswalk();
    cw.links[1]!.id = 'pledge-4';
    cw.links[1]!.to.push('tech-pledge#6');
    cw.links[0]!.to.push('oxford-guidance ics.tech.1');
    cw.links[0]!.evidence![0]!.path = 'features[]. record';
    const errors = errorsOf(cw);
    hasError(errors, 'links[1].id', /duplicate link id "pledge-4"/);
    hasError(errors, 'links[1].to[2]', /cannot point to the item it starts from/);
    hasError(errors, 'links[0].to[3]', /expected an item reference "<packId>#<itemId>"/);
    hasError(errors, 'links[0].evidence[0].path', /expected a manifest field path/);
  });
});

describe('loading a newer or fuller pack', () => {
  function v2WithNewDomain() {
    const json = oxfordJson();
    json.version = '2.0.0';
    json.items.push(
      { id: 'dp', type: 'domain', title: 'Data and privacy', order: 100, provenance: { status: 'paraphrase' } },
      {
        id: 'dp.people.1',
        type: 'statement',
        text: 'Example statement for the test.',
        perspective: 'people',
        domain: 'dp',
        order: 101,
        provenance: { status: 'paraphrase', note: 'test data' },
      },
    );
    return json;
  }

  it('a higher version replaces the bundled pack, without code changes', () => {
    const r = base.load(v2WithNewDomain());
    assert.ok(r.ok, JSON.stringify(!r.ok && r.errors));
    assert.equal(r.pack.version, '2.0.0');
    assert.equal(r.registry.getFramework('oxford-guidance')?.version, '2.0.0');
    assert.deepEqual(r.registry.statements({ domain: 'dp' }).map((s) => s.id), ['dp.people.1']);
    assert.ok(r.registry.knownIds('oxford-guidance', 'domain').includes('dp'));
    // other packs are carried over, and the shared default registry is unchanged
    assert.equal(r.registry.getFramework('tech-pledge'), base.getFramework('tech-pledge'));
    assert.equal(base.getFramework('oxford-guidance')?.version, '1.0.0');
    assert.equal(getDefaultRegistry().getItem('oxford-guidance#dp'), undefined);
    assert.equal(r.registry.crosswalks().length, 1);
  });

  it('an equal or lower version is refused, unless { replace: true }', () => {
    const same = oxfordJson();
    const r = base.load(same);
    assert.equal(r.ok, false);
    hasError(r.ok ? [] : r.errors, 'version', /version 1\.0\.0 is already loaded, and this is version 1\.0\.0; only a higher version replaces it/);
    const lower = oxfordJson();
    lower.version = '0.9.0';
    assert.equal(base.load(lower).ok, false);
    const forced = base.load(lower, { replace: true });
    assert.ok(forced.ok);
    assert.equal(forced.registry.getFramework('oxford-guidance')?.version, '0.9.0');
  });

  it('a new pack id is added alongside the bundled ones', () => {
    const r = base.load(minimal());
    assert.ok(r.ok, JSON.stringify(!r.ok && r.errors));
    assert.deepEqual(r.registry.statements({ pack: 'acme-policy' }).map((s) => s.id), ['d.p.1']);
    assert.equal(r.registry.listPacks().length, base.listPacks().length + 1);
  });

  it('a version that drops an item a crosswalk uses is refused, unless the crosswalk comes with it', () => {
    const withCw = frameworksOnly.load(fixtureCrosswalk());
    assert.ok(withCw.ok);
    const v2 = oxfordJson();
    v2.version = '2.0.0';
    v2.items = v2.items.filter((i) => i.id !== 'ics.tech.2');
    const r = withCw.registry.load(v2);
    assert.equal(r.ok, false);
    hasError(r.ok ? [] : r.errors, 'items', /no item "ics\.tech\.2", but crosswalk "test-crosswalk" refers to it \(links\[0\]\.to\[0\]\)/);

    const cw2 = fixtureCrosswalk('1.1.0');
    cw2.links[0]!.to = ['oxford-guidance#ics.tech.1'];
    const both = withCw.registry.loadAll([v2, cw2]);
    assert.ok(both.ok, JSON.stringify(!both.ok && both.errors));
    assert.deepEqual(both.registry.crosswalkFrom('tech-pledge#4')[0]?.link.to, ['oxford-guidance#ics.tech.1']);
  });

  it('loadAll prefixes error paths with the pack\'s index, and loads nothing on error', () => {
    const bad = minimal();
    bad['version'] = 'one';
    const r = base.loadAll([fixtureCrosswalk(), bad]);
    assert.equal(r.ok, false);
    hasError(r.ok ? [] : r.errors, '[1].version', /semantic version/);
    assert.equal(base.getPack('test-crosswalk'), undefined);
    const notList = base.loadAll('x' as unknown as unknown[]);
    assert.equal(notList.ok, false);
  });

  it('load never throws, whatever it is given', () => {
    for (const junk of [undefined, null, 0, 'x', [], {}, { kind: 'framework' }, { kind: 'crosswalk', links: 'x' }]) {
      const r = base.load(junk);
      assert.equal(r.ok, false);
      assert.ok(!r.ok && r.errors.length > 0);
      for (const e of r.ok ? [] : r.errors) {
        assert.equal(typeof e.path, 'string');
        assert.ok(e.message.length > 0);
      }
    }
  });

  it('createFrameworkRegistry throws FrameworkPackError for bad packs and duplicate ids', () => {
    assert.throws(
      () => createFrameworkRegistry([minimal(), minimal()]),
      (e: unknown) => e instanceof FrameworkPackError && /given twice/.test(e.errors[0]?.message ?? ''),
    );
    assert.throws(() => createFrameworkRegistry([fixtureCrosswalk()]), FrameworkPackError);
    const own = createFrameworkRegistry([minimal()]);
    assert.deepEqual(own.listPacks().map((p) => p.id), ['acme-policy']);
  });
});

describe('errors for bad packs: path and plain message', () => {
  it('accepts the minimal pack used below', () => {
    assert.ok(parsePack(minimal()).ok);
  });

  it('not an object', () => {
    hasError(errorsOf('oxford'), '(root)', /expected an object; found the text "oxford"/);
    hasError(errorsOf([]), '(root)', /expected an object/);
  });

  it('unknown or missing kind', () => {
    const p = minimal();
    p['kind'] = 'framwork';
    hasError(errorsOf(p), 'kind', /expected one of "framework", "crosswalk" \(did you mean "framework"\?\); found the text "framwork"/);
  });

  it('duplicate id', () => {
    const p = minimal();
    p.items.push({ ...p.items[0], order: 4 });
    hasError(errorsOf(p), 'items[3].id', /duplicate id "p": items\[0\] already uses it/);
  });

  it('verbatim with no source', () => {
    const p = minimal();
    p.items[2]!['provenance'] = { status: 'verbatim' };
    hasError(errorsOf(p), 'items[2].provenance.source', /verbatim quotation needs a "source"/);
  });

  it('verbatim or paraphrase with no words', () => {
    const p = minimal();
    delete p.items[2]!['text'];
    hasError(errorsOf(p), 'items[2].text', /status is "verbatim" but there is no "text"/);
  });

  it('missing with text', () => {
    const p = minimal();
    p.items[2]!['provenance'] = { status: 'missing' };
    hasError(errorsOf(p), 'items[2].text', /status is "missing" but the item has "text"/);
  });

  it('missing text with a title needs titleProvenance', () => {
    const p = minimal();
    p.items.push({ id: 'c1', type: 'commitment', title: 'Openness', order: 4, provenance: { status: 'missing' } });
    hasError(errorsOf(p), 'items[3].titleProvenance', /say where the title comes from/);
    p.items[3]!['titleProvenance'] = { status: 'paraphrase' };
    assert.ok(parsePack(p).ok);
  });

  it('partial on a missing item', () => {
    const p = minimal();
    p.items.push({ id: 'x', type: 'note', order: 4, provenance: { status: 'missing', partial: 'truncated' } });
    hasError(errorsOf(p), 'items[3].provenance.partial', /remove "partial"/);
  });

  it('dangling parent, self parent and parent loops', () => {
    const p = minimal();
    p.items.push({ id: 'c', type: 'note', text: 'x', parent: 'nope', order: 4, provenance: { status: 'paraphrase' } });
    p.items.push({ id: 'e', type: 'note', text: 'x', parent: 'e', order: 5, provenance: { status: 'paraphrase' } });
    p.items.push({ id: 'f', type: 'note', text: 'x', parent: 'g', order: 6, provenance: { status: 'paraphrase' } });
    p.items.push({ id: 'g', type: 'note', text: 'x', parent: 'f', order: 7, provenance: { status: 'paraphrase' } });
    const errors = errorsOf(p);
    hasError(errors, 'items[3].parent', /refers to "nope", which is not an item of this pack/);
    hasError(errors, 'items[4].parent', /cannot be its own parent/);
    hasError(errors, 'items[5].parent', /loop/);
  });

  it('perspective and domain must name items of the right type', () => {
    const p = minimal();
    p.items[2]!['perspective'] = 'd';
    p.items[2]!['domain'] = 'data';
    const errors = errorsOf(p);
    hasError(errors, 'items[2].perspective', /"d", which is a domain; expected the id of a perspective/);
    hasError(errors, 'items[2].domain', /"data", which is not an item of this pack \(expected the id of a domain\)/);
  });

  it('a statement\'s voice must agree with its perspective', () => {
    const p = minimal();
    p.items[2]!['voice'] = 'I';
    hasError(errorsOf(p), 'items[2].voice', /perspective "p" speaks as "We"/);
  });

  it('wrong version format', () => {
    const p = minimal();
    p['version'] = '1.0';
    hasError(errorsOf(p), 'version', /expected a semantic version such as "1\.0\.0".*found the text "1\.0"/);
  });

  it('unknown key, with a suggestion and the allowed keys', () => {
    const p = minimal();
    p.items[0]!['titel'] = 'x';
    hasError(errorsOf(p), 'items[0].titel', /unknown key "titel"\. Did you mean "title"\?.*allowed here: id, type, title/);
    const q = minimal();
    q['publsher'] = 'x';
    hasError(errorsOf(q), 'publsher', /did you mean "publisher"/i);
    const r = minimal();
    (r.items[2]!['provenance'] as Record<string, unknown>)['source'] = { kind: 'url', url: 'https://example.org', page: 3 };
    hasError(errorsOf(r), 'items[2].provenance.source.page', /unknown key "page"\. .*allowed here: kind, url, note/);
  });

  it('required fields, wrong types and enums', () => {
    const p = minimal();
    delete p['publisher'];
    p.items[0]!['order'] = '1';
    p.items[1]!['type'] = 'domian';
    p.items[0]!['voice'] = 'we';
    const errors = errorsOf(p);
    hasError(errors, 'publisher', /expected text \(this field is required\); found nothing/);
    hasError(errors, 'items[0].order', /expected a number; found the text "1"/);
    hasError(errors, 'items[1].type', /expected one of .*"domain".*\(did you mean "domain"\?\); found the text "domian"/);
    hasError(errors, 'items[0].voice', /expected one of "I", "We" \(did you mean "We"\?\); found the text "we"/);
  });

  it('seed sources must name the seed; url sources need a web address', () => {
    const p = minimal();
    (p.items[2]!['provenance'] as Record<string, unknown>)['source'] = { kind: 'seed' };
    hasError(errorsOf(p), 'items[2].provenance.source.note', /is required/);
    const q = minimal();
    (q.items[2]!['provenance'] as Record<string, unknown>)['source'] = { kind: 'url', url: 'example.org' };
    hasError(errorsOf(q), 'items[2].provenance.source.url', /expected a web address/);
  });

  it('quoted text is stored exactly: no stray spaces, no empty strings', () => {
    const p = minimal();
    p.items[2]!['text'] = ' We keep data safe.';
    p.items[0]!['title'] = '';
    const errors = errorsOf(p);
    hasError(errors, 'items[2].text', /does not start or end with spaces/);
    hasError(errors, 'items[0].title', /it is empty/);
  });
});
