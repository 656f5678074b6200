/**
 * Cross-field rules of the manifest, as zod refinements. Each rule has a stable
 * id (it appears in error codes as `rule:<id>`), says what it requires and why,
 * and reports the exact path to fix. They run once a feature's shape is valid.
 */
import type * as z from 'zod/mini';
import type { FeatureData, ManifestData } from './schema';

type RefinementContext = z.core.$RefinementCtx<unknown>;

export interface RuleViolation {
  /** Path below the object the rule is attached to. */
  path: readonly (string | number)[];
  /** What the rule requires there, in words. */
  expected: string;
  /** What the manifest says instead. */
  found: string;
}

export interface ManifestRule<T> {
  id: string;
  /** One sentence: what the rule requires and why (shown in docs). */
  description: string;
  /** Source of the rule: law, guidance or our own. */
  basis: string;
  check(value: T): RuleViolation[];
}

export function applyRules<T>(rules: readonly ManifestRule<T>[], value: T, ctx: RefinementContext): void {
  for (const rule of rules) {
    for (const v of rule.check(value)) {
      ctx.addIssue({
        code: 'custom',
        path: [...v.path],
        input: undefined,
        message: `${rule.description}`,
        params: { rule: rule.id, expected: v.expected, found: v.found, basis: rule.basis },
      });
    }
  }
}

const when = (cond: boolean, v: RuleViolation): RuleViolation[] => (cond ? [v] : []);

function duplicates<T>(items: readonly T[], key: (item: T) => string): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  items.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) out.push(i);
    seen.add(k);
  });
  return out;
}

export const featureRules: readonly ManifestRule<FeatureData>[] = [
  {
    id: 'automated-decision-needs-human-and-appeal',
    description:
      'A solely automated decision must say how a person can ask for a human to decide and how to challenge the outcome.',
    basis: 'UK GDPR Art. 22 and the Data (Use and Access) Act 2025 safeguards (Art. 22C)',
    check: (f) => {
      const automated = f.record.purpose.automatedDecision || f.label.involvement === 'automated-decision';
      if (!automated) return [];
      return [
        ...when(!f.record.rights.humanIntervention, {
          path: ['record', 'rights', 'humanIntervention'],
          expected: 'how to ask for a person to make or review the decision',
          found: 'nothing',
        }),
        ...when(!f.record.rights.appeal, {
          path: ['record', 'rights', 'appeal'],
          expected: 'how to challenge the decision',
          found: 'nothing',
        }),
      ];
    },
  },
  {
    id: 'production-needs-appeal-route',
    description: 'A feature in production must say how a person can challenge what it produced.',
    basis: 'ATRS Tier 2 and UK GDPR transparency; Candour requires it before go-live',
    check: (f) =>
      when(f.record.lifecycle.phase === 'production' && !f.record.rights.appeal, {
        path: ['record', 'rights', 'appeal'],
        expected: 'how to challenge an output, because the feature is in production',
        found: 'nothing',
      }),
  },
  {
    id: 'replacing-a-decision-is-automated',
    description:
      'An output that replaces a person\u2019s decision is an automated decision: label it so and say whether it is solely automated.',
    basis: 'ONC HTI-1 decision role; UK GDPR Art. 22',
    check: (f) =>
      when(f.record.purpose.decisionRole === 'replaces' && f.label.involvement !== 'automated-decision', {
        path: ['label', 'involvement'],
        expected: '"automated-decision", because record.purpose.decisionRole is "replaces"',
        found: `"${f.label.involvement}"`,
      }),
  },
  {
    id: 'solely-automated-replaces',
    description: 'A solely automated decision replaces a person\u2019s decision; the decision role must say so.',
    basis: 'UK GDPR Art. 22',
    check: (f) =>
      when(f.record.purpose.automatedDecision && f.record.purpose.decisionRole !== 'replaces', {
        path: ['record', 'purpose', 'decisionRole'],
        expected: '"replaces", because record.purpose.automatedDecision is true',
        found: `"${f.record.purpose.decisionRole}"`,
      }),
  },
  {
    id: 'conversational-interacts-with-people',
    description: 'People talking to an AI must be told so: a conversational feature interacts with people.',
    basis: 'EU AI Act Art. 50(1)',
    check: (f) =>
      when(f.label.involvement === 'conversational' && !f.record.purpose.interactsWithPeople, {
        path: ['record', 'purpose', 'interactsWithPeople'],
        expected: 'true, because the label says people talk to this AI',
        found: 'false',
      }),
  },
  {
    id: 'interaction-disclosed-at-first-use',
    description: 'When people interact with the AI directly, the notice must be shown at first use or in context.',
    basis: 'EU AI Act Art. 50(1) and (5)',
    check: (f) =>
      when(
        f.record.purpose.interactsWithPeople &&
          !f.record.presentation.placement.some((p) => p === 'first-use' || p === 'in-context'),
        {
          path: ['record', 'presentation', 'placement'],
          expected: '"first-use" or "in-context" among the placements',
          found: JSON.stringify(f.record.presentation.placement),
        },
      ),
  },
  {
    id: 'generated-content-labelled',
    description: 'A feature that generates content (text, audio, images) must describe how that content is labelled.',
    basis: 'EU AI Act Art. 50(2); IPTC digital source type',
    check: (f) =>
      when((f.label.involvement === 'generated' || f.record.purpose.outputType === 'generation') && !f.record.content, {
        path: ['record', 'content'],
        expected: 'a content section (source type, disclosure mode, marking, review recording), because the feature generates content',
        found: 'nothing',
      }),
  },
  {
    id: 'synthetic-media-marked',
    description: 'Synthetic images, audio or video must carry a machine-readable marking.',
    basis: 'EU AI Act Art. 50(2); C2PA',
    check: (f) =>
      when(Boolean(f.record.content?.syntheticMedia) && f.record.content?.machineReadableMarking === 'none', {
        path: ['record', 'content', 'machineReadableMarking'],
        expected: '"c2pa", "watermark" or "metadata", because the feature makes synthetic media',
        found: '"none"',
      }),
  },
  {
    id: 'no-workplace-emotion-recognition',
    description:
      'Emotion recognition applied to workers is refused: the EU AI Act prohibits it in the workplace, and Candour will not describe it as acceptable.',
    basis: 'EU AI Act Art. 5(1)(f)',
    check: (f) =>
      when(f.record.technique.sensing.emotionRecognition && f.record.technique.sensing.subjects.includes('workers'), {
        path: ['record', 'technique', 'sensing'],
        expected: 'no emotion recognition applied to workers',
        found: 'emotionRecognition true with "workers" among the subjects',
      }),
  },
  {
    id: 'prohibited-practice-refused',
    description: 'A feature the EU AI Act classes as an unacceptable risk cannot be disclosed as if it were acceptable.',
    basis: 'EU AI Act Art. 5',
    check: (f) =>
      when(f.record.risk.euRiskCategory === 'unacceptable', {
        path: ['record', 'risk', 'euRiskCategory'],
        expected: 'a permitted risk category (minimal, limited, high, or not-assessed)',
        found: '"unacceptable"',
      }),
  },
  {
    id: 'high-risk-needs-hazard-log',
    description: 'A high-risk feature must keep a hazard log.',
    basis: 'EU AI Act Art. 9; DCB0129',
    check: (f) =>
      when(f.record.risk.euRiskCategory === 'high' && f.record.risk.hazards.length === 0, {
        path: ['record', 'risk', 'hazards'],
        expected: 'at least one hazard, because the feature is high risk',
        found: 'an empty list',
      }),
  },
  {
    id: 'medical-device-needs-class',
    description: 'A feature that is a medical device must give its class and UKCA (or CE) marking.',
    basis: 'UK Medical Devices Regulations 2002; MHRA software and AI as a medical device',
    check: (f) => {
      const md = f.record.regulatory.medicalDevice;
      if (md.status !== 'device') return [];
      return [
        ...when(!md.class, { path: ['record', 'regulatory', 'medicalDevice', 'class'], expected: 'the device class (I, IIa, IIb or III)', found: 'nothing' }),
        ...when(!md.ukca, { path: ['record', 'regulatory', 'medicalDevice', 'ukca'], expected: 'the UKCA or CE marking reference', found: 'nothing' }),
      ];
    },
  },
  {
    id: 'training-needs-explicit-consent',
    description:
      'Using people\u2019s data to train or improve a model is outside direct care: it needs explicit consent, not inform-and-object.',
    basis: 'NHS England guidance on ambient voice technology; ICO consent guidance',
    check: (f) =>
      f.purposes.flatMap((p, i) =>
        when(p.kind === 'model-training' && p.consent.model !== 'explicit-consent', {
          path: ['purposes', i, 'consent', 'model'],
          expected: '"explicit-consent", because the purpose is model training',
          found: `"${p.consent.model}"`,
        }),
      ),
  },
  {
    id: 'training-use-declared',
    description: 'If data is used for training, a purpose must say so and carry its consent model; if it is not, no purpose may claim it.',
    basis: 'UK GDPR Art. 13(1)(c) purposes; Candour',
    check: (f) => {
      const trainingPurpose = f.purposes.findIndex((p) => p.kind === 'model-training');
      const used = f.record.data.usedForTraining.value;
      return [
        ...when(used === 'yes' && trainingPurpose === -1, {
          path: ['purposes'],
          expected: 'a purpose of kind "model-training", because record.data.usedForTraining is "yes"',
          found: 'no such purpose',
        }),
        ...when(used === 'no' && trainingPurpose !== -1, {
          path: ['record', 'data', 'usedForTraining', 'value'],
          expected: '"yes", because purposes[' + trainingPurpose + '] is model training',
          found: '"no"',
        }),
      ];
    },
  },
  {
    id: 'review-practice-consistent',
    description: 'The badge\u2019s promise of review before use must match the oversight the record describes.',
    basis: 'Candour: the label layer must not say more than the record',
    check: (f) => [
      ...when(f.label.humanReview === 'before-use' && !f.record.oversight.reviewBeforeUse, {
        path: ['record', 'oversight', 'reviewBeforeUse'],
        expected: 'true, because the label says a person reviews before use',
        found: 'false',
      }),
      ...when(f.label.humanReview !== 'before-use' && f.record.oversight.reviewBeforeUse, {
        path: ['label', 'humanReview'],
        expected: '"before-use", because the record says outputs are reviewed before use',
        found: `"${f.label.humanReview}"`,
      }),
      ...when(f.record.oversight.model === 'fully-automated' && f.label.humanReview === 'before-use', {
        path: ['record', 'oversight', 'model'],
        expected: 'a model with a person in or on the loop, because the label says outputs are reviewed before use',
        found: '"fully-automated"',
      }),
    ],
  },
  {
    id: 'special-category-needs-dpia',
    description: 'Processing health, care or recorded voice and image data with AI needs a Data Protection Impact Assessment.',
    basis: 'UK GDPR Art. 35; ICO guidance on AI and data protection; CQC',
    check: (f) => {
      const sensitive = f.record.data.categories.some((c) =>
        ['health', 'care-needs', 'medication', 'audio', 'video', 'images', 'special-category-other'].includes(c),
      );
      return when(sensitive && !f.record.risk.impactAssessments.some((a) => a.type === 'dpia'), {
        path: ['record', 'risk', 'impactAssessments'],
        expected: 'a DPIA entry (type "dpia"), because the feature processes special-category or care data',
        found: f.record.risk.impactAssessments.length ? 'assessments, but no DPIA' : 'none',
      });
    },
  },
  {
    id: 'unique-purpose-ids',
    description: 'Each purpose of a feature needs its own id, so decisions recorded against it stay unambiguous.',
    basis: 'Candour',
    check: (f) =>
      duplicates(f.purposes, (p) => p.id).map((i) => ({
        path: ['purposes', i, 'id'],
        expected: 'an id not used by another purpose of this feature',
        found: `"${f.purposes[i]?.id}", already used`,
      })),
  },
  {
    id: 'unique-hazard-ids',
    description: 'Each hazard needs its own id.',
    basis: 'DCB0129 hazard log',
    check: (f) =>
      duplicates(f.record.risk.hazards, (h) => h.id).map((i) => ({
        path: ['record', 'risk', 'hazards', i, 'id'],
        expected: 'an id not used by another hazard',
        found: `"${f.record.risk.hazards[i]?.id}", already used`,
      })),
  },
  {
    id: 'record-dates-ordered',
    description: 'A record cannot be updated before it was published, and its review falls after its last update.',
    basis: 'ATRS record dates',
    check: (f) => {
      const l = f.record.lifecycle;
      return [
        ...when(l.updated < l.published, { path: ['record', 'lifecycle', 'updated'], expected: `a date on or after published (${l.published})`, found: l.updated }),
        ...when(l.reviewDue <= l.updated, { path: ['record', 'lifecycle', 'reviewDue'], expected: `a date after the last update (${l.updated})`, found: l.reviewDue }),
      ];
    },
  },
];

export const manifestRules: readonly ManifestRule<ManifestData>[] = [
  {
    id: 'unique-feature-ids',
    description: 'Each feature needs its own id: badges, notices and consent records find features by it.',
    basis: 'Candour',
    check: (m) =>
      duplicates(m.features, (f) => f.id).map((i) => ({
        path: ['features', i, 'id'],
        expected: 'an id not used by another feature',
        found: `"${m.features[i]?.id}", already used`,
      })),
  },
  {
    id: 'pledge-signed-on',
    description: 'A signed pledge must say when it was signed.',
    basis: 'Technology Suppliers\u2019 Pledge',
    check: (m) =>
      when(m.supplier.pledge.signed && !m.supplier.pledge.signedOn, {
        path: ['supplier', 'pledge', 'signedOn'],
        expected: 'the date the pledge was signed (YYYY-MM-DD)',
        found: 'nothing',
      }),
  },
  {
    id: 'care-settings-within-product',
    description: 'A feature can only be used in care settings the product itself serves.',
    basis: 'Candour',
    check: (m) =>
      m.features.flatMap((f, i) =>
        f.record.purpose.careSettings.flatMap((s, j) =>
          when(!m.product.careSettings.includes(s), {
            path: ['features', i, 'record', 'purpose', 'careSettings', j],
            expected: `one of the product's care settings (${m.product.careSettings.join(', ')})`,
            found: `"${s}"`,
          }),
        ),
      ),
  },
];

/** Every rule, for documentation. */
export const allRules: readonly { id: string; description: string; basis: string }[] = [...featureRules, ...manifestRules];
