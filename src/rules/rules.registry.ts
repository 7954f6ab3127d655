import { patentIntensiveEnterprise } from './items/art-01-patent-intensive-enterprise.rule';
import { highValuePatents } from './items/art-02-high-value-patents.rule';
import { ipDemonstrationEnterprise } from './items/art-03-ip-demonstration-enterprise.rule';
import { ipInsurance } from './items/art-04-ip-insurance.rule';
import { ipPledgeLoanInterest } from './items/art-04-ip-pledge-loan-interest.rule';
import { ipSecuritization } from './items/art-04-ip-securitization.rule';
import { ipAlliance } from './items/art-05-ip-alliance.rule';
import { ipEarlyWarningProject } from './items/art-06-ip-early-warning-project.rule';
import { patentNavigationProject } from './items/art-06-patent-navigation-project.rule';
import { chinaPatentAward } from './items/art-07-china-patent-award.rule';
import { zhejiangIpAward } from './items/art-07-zhejiang-ip-award.rule';
import { patentTransfer } from './items/art-08-patent-transfer.rule';
import { firstInventionPatent } from './items/art-09-first-invention-patent.rule';
import { ipProtectionMarket } from './items/art-10-ip-protection-market.rule';
import { ipRightsStation } from './items/art-11-ip-rights-station.rule';
import { tradeSecretStation } from './items/art-12-trade-secret-station.rule';
import { tradeSecretZone } from './items/art-12-trade-secret-zone.rule';
import { patentLitigationAbroad } from './items/art-13-patent-litigation-abroad.rule';
import { patentLitigationDomestic } from './items/art-13-patent-litigation-domestic.rule';
import { ipAgencySettlement } from './items/art-14-ip-agency-settlement.rule';
import { ipServiceCluster } from './items/art-15-ip-service-cluster.rule';
import { brandStation, giTrademark, greenProduct, zhejiangMade } from './items/art-16-brand-standards.rule';
import { madridTrademark, regionalTrademark, singleCountryTrademark } from './items/art-16-overseas-trademark.rule';
import { clusterRegionalTrademark, wellKnownTrademark } from './items/art-16-trademark-awards.rule';
import { Rule } from './rule';

/** Every rule, in the order of the policy's items. Ids are stable: clients and citations rely on them. */
export const RULES: readonly Rule[] = [
  patentIntensiveEnterprise,
  highValuePatents,
  ipDemonstrationEnterprise,
  ipPledgeLoanInterest,
  ipInsurance,
  ipSecuritization,
  ipAlliance,
  patentNavigationProject,
  ipEarlyWarningProject,
  chinaPatentAward,
  zhejiangIpAward,
  patentTransfer,
  firstInventionPatent,
  ipProtectionMarket,
  ipRightsStation,
  tradeSecretZone,
  tradeSecretStation,
  patentLitigationDomestic,
  patentLitigationAbroad,
  ipAgencySettlement,
  ipServiceCluster,
  wellKnownTrademark,
  clusterRegionalTrademark,
  madridTrademark,
  regionalTrademark,
  singleCountryTrademark,
  giTrademark,
  brandStation,
  greenProduct,
  zhejiangMade,
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

/** Facts of awards paid per case (`separateCases`: a suit, one item at a fixed sum): one more told is a case of its own. */
const SEPARATE_CASE_FACTS: ReadonlySet<string> = new Set(RULES.filter((r) => r.separateCases).flatMap((r) => r.facts));

export function paidPerCase(field: string): boolean {
  return SEPARATE_CASE_FACTS.has(field);
}

export function findRule(id: string): Rule | undefined {
  return BY_ID.get(id);
}
