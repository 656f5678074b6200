/**
 * Layer 3: the full transparency record for providers, commissioners and
 * regulators. Sections follow the merged field table A–M of our research
 * (ATRS, HTI-1, CHAI, AI nutrition labels, EU AI Act, UK GDPR, ICO), plus the
 * care-specific fields no standard has. Enumerations reuse the standards'
 * own values where they exist, so that exports stay lossless.
 */
import * as z from 'zod/mini';
import {
  careSetting,
  contact,
  disclosedFact,
  httpsUrl,
  isoDate,
  localeTag,
  localisedText,
  name,
  semver,
  slug,
  companyNumber,
} from './primitives';

const list = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.minLength(1, { error: 'at least one entry' }));

/** A. Identity and purpose. */
export const purposeSection = z.strictObject({
  intendedPurpose: localisedText,
  benefits: localisedText,
  proportionality: z.optional(localisedText),
  previousProcess: z.optional(localisedText),
  outOfScopeUses: list(localisedText),
  intendedUsers: list(z.enum(['person', 'family', 'care-worker', 'senior-carer', 'nurse', 'registered-manager', 'office-staff', 'coordinator', 'social-worker'])),
  affectedPeople: localisedText,
  /** HTI-1's output types, plus generation. */
  outputType: z.enum(['generation', 'prediction', 'classification', 'recommendation', 'evaluation', 'analysis', 'other']),
  /** HTI-1: does the output inform, augment or replace a person's decision. */
  decisionRole: z.enum(['informs', 'augments', 'replaces']),
  /** A solely automated decision with legal or similarly significant effect (UK GDPR Art. 22). */
  automatedDecision: z.boolean(),
  /** The person interacts with, or is sensed by, the AI directly (EU AI Act Art. 50(1)). */
  interactsWithPeople: z.boolean(),
  workflow: localisedText,
  careSettings: list(careSetting),
});

/** B. Technique and models. */
export const techniqueSection = z.strictObject({
  type: z.enum(['rule-based', 'machine-learning', 'generative', 'predictive', 'hybrid']),
  models: list(
    z.strictObject({
      name,
      provider: name,
      version: z.optional(name),
      role: z.optional(localisedText),
      licence: z.optional(name),
    }),
  ),
  /** Does the system change its behaviour from what it sees in use. */
  learnsInDeployment: z.boolean(),
  /** IEEE 7001 / agentic: can it act without a person approving. */
  autonomy: z.enum(['suggests', 'acts-with-approval', 'responds-without-approval', 'acts-autonomously']),
  knowledgeCutoff: z.optional(isoDate),
  /** What the models were trained or tuned on, as far as the supplier knows. */
  trainingData: z.optional(localisedText),
  explainability: localisedText,
  hosting: z.enum(['supplier-cloud', 'third-party-cloud', 'provider-premises', 'on-device']),
  /** Sensing that law restricts (EU AI Act Art. 5 and 50(3)). */
  sensing: z.strictObject({
    emotionRecognition: z.boolean(),
    biometricCategorisation: z.boolean(),
    /** Whom the sensing is applied to. */
    subjects: z.array(z.enum(['people-drawing-on-care', 'workers', 'visitors'])),
  }),
});

/** C. Data and retention. */
export const dataSection = z.strictObject({
  inputs: localisedText,
  categories: list(
    z.enum([
      'identity',
      'contact',
      'health',
      'care-needs',
      'medication',
      'audio',
      'video',
      'images',
      'location',
      'financial',
      'staff-records',
      'free-text-notes',
      'special-category-other',
    ]),
  ),
  retention: z.strictObject({ inputs: localisedText, outputs: localisedText }),
  location: z.strictObject({
    storedIn: z.enum(['uk', 'eea', 'uk-and-eea', 'adequacy-country', 'other']),
    transfers: z.optional(localisedText),
  }),
  processors: z.array(z.strictObject({ name, role: localisedText, location: name })),
  /** Is data from this product used to train or improve a model (ours or a vendor's). */
  usedForTraining: disclosedFact,
  deidentification: z.optional(localisedText),
  connectedSystems: z.optional(z.array(name)),
  logging: localisedText,
});

/** D. Human oversight. */
export const oversightSection = z.strictObject({
  model: z.enum(['human-in-the-loop', 'human-on-the-loop', 'human-in-command', 'fully-automated']),
  reviewBeforeUse: z.boolean(),
  whatReviewerSees: localisedText,
  canOverride: z.boolean(),
  fallback: localisedText,
  training: localisedText,
  automationBiasMitigations: z.optional(localisedText),
  /** The role that owns the final decision, e.g. "The registered manager". */
  accountableRole: localisedText,
});

/** E. Performance and limitations. */
export const performanceSection = z.strictObject({
  metrics: z.array(
    z.strictObject({
      name,
      value: name,
      description: localisedText,
      testData: localisedText,
      measuredOn: isoDate,
    }),
  ),
  validation: z.strictObject({
    external: z.optional(localisedText),
    local: z.optional(localisedText),
  }),
  limitations: list(localisedText),
  foreseeableMisuse: z.optional(z.array(localisedText)),
  robustness: z.optional(localisedText),
  monitoring: localisedText,
  errorRates: z.optional(localisedText),
});

/** F. Fairness and inclusion. */
export const fairnessSection = z.strictObject({
  approach: localisedText,
  knownBiases: z.array(localisedText),
  subgroupTesting: z.optional(z.array(z.strictObject({ group: localisedText, finding: localisedText }))),
  /** Who helped shape it, including people with lived experience. */
  coProduction: localisedText,
  accessibility: z.strictObject({
    wcag: z.enum(['2.1-AA', '2.2-AA', '2.2-AAA', 'not-assessed']),
    formats: z.array(z.enum(['easy-read', 'large-print', 'bsl', 'audio', 'braille'])),
    languages: list(localeTag),
  }),
});

const impactAssessment = z.strictObject({
  type: z.enum(['dpia', 'eqia', 'fria', 'aia', 'clinical-safety-case', 'other']),
  completedOn: isoDate,
  url: z.optional(httpsUrl),
  summary: z.optional(localisedText),
});

/** G. Risk and incidents. */
export const riskSection = z.strictObject({
  euRiskCategory: z.enum(['minimal', 'limited', 'high', 'unacceptable', 'not-assessed']),
  /** Why that category: the Annex III area or Article 50 duty that applies, or why none does. */
  riskReasoning: z.optional(localisedText),
  hazards: z.array(
    z.strictObject({
      id: slug,
      hazard: localisedText,
      cause: z.optional(localisedText),
      effect: z.optional(localisedText),
      controls: localisedText,
      /** DCB0129 risk rating after controls, 1 (very low) to 5 (very high). */
      residualRisk: z.int().check(z.minimum(1, { error: 'a rating from 1 to 5' }), z.maximum(5, { error: 'a rating from 1 to 5' })),
    }),
  ),
  impactAssessments: z.array(impactAssessment),
  incidentRoute: localisedText,
  feedbackChannel: z.optional(localisedText),
  /** How a safeguarding concern the AI surfaces reaches a person (care-specific). */
  safeguardingEscalation: localisedText,
  knownIssuesUrl: z.optional(httpsUrl),
});

/** H. Accountability and contacts. */
export const accountabilitySection = z.strictObject({
  developer: z.strictObject({ name, companyNumber: z.optional(companyNumber) }),
  /** Who uses it and is responsible for its use: usually the care provider. */
  deployer: localisedText,
  seniorResponsibleOwner: contact,
  clinicalSafetyOfficer: z.optional(contact),
  dataController: localisedText,
  suppliers: z.array(z.strictObject({ name, companyNumber: z.optional(companyNumber), role: localisedText })),
  regulators: z.array(z.enum(['ico', 'cqc', 'ciw', 'care-inspectorate', 'rqia', 'mhra', 'lgsco', 'spso', 'pso-wales'])),
});

/** I. Rights, explanation and representation. */
export const rightsSection = z.strictObject({
  /** How to ask for a person to make or review the decision (UK GDPR Art. 22 / DUAA 22C). */
  humanIntervention: z.optional(localisedText),
  /** How to challenge an output or decision. */
  appeal: z.optional(localisedText),
  explanation: localisedText,
  /** Which of the ICO's explanation types are available on request. */
  explanationTypes: z.array(z.enum(['rationale', 'responsibility', 'data', 'fairness', 'safety-and-performance', 'impact'])),
  /** How the disclosure reaches an attorney, deputy or advocate when the person lacks capacity (care-specific). */
  representatives: localisedText,
  dataSubjectRights: localisedText,
  /** How workers and their representatives are told before workplace use. */
  workerNotice: z.optional(localisedText),
});

/** J. Versioning and lifecycle. */
export const lifecycleSection = z.strictObject({
  phase: z.enum(['planned', 'pilot', 'production', 'retired']),
  published: isoDate,
  updated: isoDate,
  reviewDue: isoDate,
  updateSchedule: z.optional(localisedText),
  changelog: list(
    z.strictObject({
      version: semver,
      date: isoDate,
      summary: localisedText,
      /** A material change asks people again; a wording fix does not. */
      material: z.boolean(),
    }),
  ),
  retiresOn: z.optional(isoDate),
});

/** K. Labelling of AI-generated content. */
export const contentSection = z.strictObject({
  /** IPTC digital source type of the outputs. */
  digitalSourceType: z.enum([
    'trainedAlgorithmicMedia',
    'compositeWithTrainedAlgorithmicMedia',
    'algorithmicMedia',
    'compositeSynthetic',
    'humanEdits',
  ]),
  /** IETF AI-disclosure modes. */
  disclosureMode: z.enum(['ai-modified', 'ai-originated', 'machine-generated']),
  /** Realistic synthetic images, audio or video of people or events. */
  syntheticMedia: z.boolean(),
  machineReadableMarking: z.enum(['c2pa', 'watermark', 'metadata', 'none']),
  /** Whether each output records who reviewed it, and when. */
  reviewRecorded: z.boolean(),
});

/** L. Presentation and accessibility of the disclosure itself. */
export const presentationSection = z.strictObject({
  placement: list(z.enum(['first-use', 'in-context', 'on-change', 'on-request'])),
  readingAge: z.optional(z.int().check(z.minimum(5), z.maximum(18))),
});

/** M. Regulatory status and assurance. */
export const regulatorySection = z.strictObject({
  medicalDevice: z.strictObject({
    status: z.enum(['not-a-device', 'device', 'under-assessment']),
    class: z.optional(z.enum(['I', 'IIa', 'IIb', 'III'])),
    ukca: z.optional(name),
    reasoning: z.optional(localisedText),
  }),
  dcb0129: z.enum(['compliant', 'in-progress', 'not-applicable']),
  dtac: z.optional(z.strictObject({ completedOn: isoDate, version: z.optional(name) })),
  dspt: z.optional(z.strictObject({ status: z.enum(['standards-met', 'standards-exceeded', 'approaching-standards', 'not-met']), year: name })),
  cyberEssentials: z.optional(z.enum(['basic', 'plus'])),
  iso27001: z.optional(z.boolean()),
  iso42001: z.optional(z.boolean()),
  atrsRecordUrl: z.optional(httpsUrl),
  interoperability: z.optional(z.array(z.enum(['fhir-r4', 'fhir-r5', 'uk-core', 'prsb-standards', 'gp-connect', 'other']))),
});

export const record = z.strictObject({
  purpose: purposeSection,
  technique: techniqueSection,
  data: dataSection,
  oversight: oversightSection,
  performance: performanceSection,
  fairness: fairnessSection,
  risk: riskSection,
  accountability: accountabilitySection,
  rights: rightsSection,
  lifecycle: lifecycleSection,
  content: z.optional(contentSection),
  presentation: presentationSection,
  regulatory: regulatorySection,
});
export type TransparencyRecord = z.infer<typeof record>;
