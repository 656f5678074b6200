/** Interface text of candour-pledge, in en-GB and Welsh (cy). */
export const pledgeMessages = {
  'en-GB': {
    'pledge.heading': 'Technology Suppliers\u2019 Pledge',
    'pledge.signed': '{supplier} signed the pledge on {date}.',
    'pledge.notSigned': '{supplier} has not signed the pledge.',
    'pledge.disclaimer':
    'The pledge is voluntary and is not a formal accreditation. What follows is Candour\u2019s reading of what {supplier} discloses, using Candour\u2019s own mapping from each commitment to that disclosure.',
    'pledge.verdict.evidenced': 'Evidenced',
    'pledge.verdict.partial': 'Partly evidenced',
    'pledge.verdict.no-evidence': 'No evidence yet',
    'pledge.evidence': 'What shows it',
    'pledge.toAdd': 'What would strengthen it',
    'pledge.features': '{count} of {total} features',
    'pledge.supplierStatement': 'In {supplier}\u2019s words',
  },
  cy: {
    'pledge.heading': 'Addewid y Cyflenwyr Technoleg',
    'pledge.signed': 'Llofnododd {supplier} yr addewid ar {date}.',
    'pledge.notSigned': 'Nid yw {supplier} wedi llofnodi\u2019r addewid.',
    'pledge.disclaimer':
    'Mae\u2019r addewid yn wirfoddol ac nid yw\u2019n achrediad ffurfiol. Dyma ddarlleniad Candour o\u2019r hyn y mae {supplier} yn ei ddatgelu, gan ddefnyddio mapio Candour ei hun o bob ymrwymiad i\u2019r datgeliad hwnnw.',
    'pledge.verdict.evidenced': 'Wedi\u2019i dystiolaethu',
    'pledge.verdict.partial': 'Wedi\u2019i dystiolaethu\u2019n rhannol',
    'pledge.verdict.no-evidence': 'Dim tystiolaeth eto',
    'pledge.evidence': 'Beth sy\u2019n ei ddangos',
    'pledge.toAdd': 'Beth fyddai\u2019n ei gryfhau',
    'pledge.features': '{count} o {total} nodwedd',
    'pledge.supplierStatement': 'Yng ngeiriau {supplier}',
  },
} as const;
