import { ART1_CASES } from '../items/art-01-patent-intensive-enterprise.cases';
import { ART2_CASES } from '../items/art-02-high-value-patents.cases';
import { ART3_CASES } from '../items/art-03-ip-demonstration-enterprise.cases';
import { ART4_INSURANCE_CASES } from '../items/art-04-ip-insurance.cases';
import { ART4_PLEDGE_CASES } from '../items/art-04-ip-pledge-loan-interest.cases';
import { ART4_SECURITIZATION_CASES } from '../items/art-04-ip-securitization.cases';
import { ART5_CASES } from '../items/art-05-ip-alliance.cases';
import { ART6_WARNING_CASES } from '../items/art-06-ip-early-warning-project.cases';
import { ART6_NAVIGATION_CASES } from '../items/art-06-patent-navigation-project.cases';
import { ART7_CHINA_CASES } from '../items/art-07-china-patent-award.cases';
import { ART7_ZHEJIANG_CASES } from '../items/art-07-zhejiang-ip-award.cases';
import { ART8_CASES } from '../items/art-08-patent-transfer.cases';
import { ART9_CASES } from '../items/art-09-first-invention-patent.cases';
import { ART10_CASES } from '../items/art-10-ip-protection-market.cases';
import { ART11_CASES } from '../items/art-11-ip-rights-station.cases';
import { ART12_STATION_CASES } from '../items/art-12-trade-secret-station.cases';
import { ART12_ZONE_CASES } from '../items/art-12-trade-secret-zone.cases';
import { ART13_ABROAD_CASES } from '../items/art-13-patent-litigation-abroad.cases';
import { ART13_DOMESTIC_CASES } from '../items/art-13-patent-litigation-domestic.cases';
import { ART14_CASES } from '../items/art-14-ip-agency-settlement.cases';
import { ART15_CASES } from '../items/art-15-ip-service-cluster.cases';
import { ART16_BRAND_STATION_CASES, ART16_GI_CASES, ART16_GREEN_CASES, ART16_ZHEJIANG_MADE_CASES } from '../items/art-16-brand-standards.cases';
import { ART16_MADRID_CASES, ART16_REGIONAL_CASES, ART16_SINGLE_COUNTRY_CASES } from '../items/art-16-overseas-trademark.cases';
import { ART16_CLUSTER_MARK_CASES, ART16_WELL_KNOWN_CASES } from '../items/art-16-trademark-awards.cases';
import { RuleCases } from './rule-case';

/** Every table of cases, for the tests that look across rules (every amount reached, every rule tested). */
export const ALL_CASES: readonly RuleCases[] = [
  ART1_CASES,
  ART2_CASES,
  ART3_CASES,
  ART4_PLEDGE_CASES,
  ART4_INSURANCE_CASES,
  ART4_SECURITIZATION_CASES,
  ART5_CASES,
  ART6_NAVIGATION_CASES,
  ART6_WARNING_CASES,
  ART7_CHINA_CASES,
  ART7_ZHEJIANG_CASES,
  ART8_CASES,
  ART9_CASES,
  ART10_CASES,
  ART11_CASES,
  ART12_ZONE_CASES,
  ART12_STATION_CASES,
  ART13_DOMESTIC_CASES,
  ART13_ABROAD_CASES,
  ART14_CASES,
  ART15_CASES,
  ART16_WELL_KNOWN_CASES,
  ART16_CLUSTER_MARK_CASES,
  ART16_MADRID_CASES,
  ART16_REGIONAL_CASES,
  ART16_SINGLE_COUNTRY_CASES,
  ART16_GI_CASES,
  ART16_BRAND_STATION_CASES,
  ART16_GREEN_CASES,
  ART16_ZHEJIANG_MADE_CASES,
];
