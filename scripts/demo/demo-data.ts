import { addCalendarDays, endOfLocalDay, isoInZone, localDateOf } from '@app/domain';
import { UserRole } from '@app/persistence';
import type { CreateCampaignDto } from '../../apps/api/src/campaigns/campaign.dto';
import type { CreateJurisdictionDto } from '../../apps/api/src/jurisdictions/jurisdiction.dto';
import { DEMO_STANDARD } from './demo-standard';

/** One password for every demo user; printed by `make start` and in the README. Demo data only. */
export const DEMO_PASSWORD = 'chuangjian-demo';
export const DEMO_CAMPAIGN_ID = 'demo-2026-pingan';
export const DEMO_STREET_ID = 'sfjd';
/** The neighbouring street: inspectors from there may check every community of 示范街道 (回避 SAME_STREET). */
export const NEIGHBOUR_STREET_ID = 'hpjd';

const COMMUNITY_NAMES = [
  '幸福社区',
  '和平里社区',
  '光明社区',
  '新华社区',
  '长青社区',
  '朝阳社区',
  '文昌社区',
  '锦绣社区',
  '春晖社区',
  '东湖社区',
  '西苑社区',
  '南园社区',
  '北辰社区',
  '金桥社区',
  '东庄村',
  '西河村',
  '南洼村',
  '北坡村',
  '滨江新城社区',
  '云栖花园社区',
];
const RURAL = new Set(['c-15', 'c-16', 'c-17', 'c-18']);
const NOT_ELIGIBLE = new Set(['c-19', 'c-20']);

const communityId = (index: number) => `c-${String(index + 1).padStart(2, '0')}`;

/** A fictional province › city › district with two streets; 示范街道 has the 20 demo communities. */
export const DEMO_TREE: CreateJurisdictionDto[] = [
  { id: 'dh', parentId: null, level: 'PROVINCE', name: '东海省' },
  { id: 'lj', parentId: 'dh', level: 'CITY', name: '临江市' },
  { id: 'cn', parentId: 'lj', level: 'DISTRICT', name: '城南区' },
  { id: DEMO_STREET_ID, parentId: 'cn', level: 'STREET', name: '示范街道' },
  { id: NEIGHBOUR_STREET_ID, parentId: 'cn', level: 'STREET', name: '和平街道' },
  ...COMMUNITY_NAMES.map((name, index): CreateJurisdictionDto => {
    const id = communityId(index);
    return {
      id,
      parentId: DEMO_STREET_ID,
      level: 'COMMUNITY',
      name,
      kind: RURAL.has(id) ? 'RURAL' : 'URBAN',
      eligible: !NOT_ELIGIBLE.has(id),
      ineligibleReason: NOT_ELIGIBLE.has(id) ? '组织尚未建立' : null,
    };
  }),
];

export interface DemoUser {
  username: string;
  displayName: string;
  role: UserRole;
  scopeId: string | null;
}

export const DEMO_USERS: DemoUser[] = [
  { username: 'admin', displayName: '系统管理员', role: UserRole.ADMIN, scopeId: null },
  {
    username: 'organizer',
    displayName: '示范街道平安创建办',
    role: UserRole.ORGANIZER,
    scopeId: DEMO_STREET_ID,
  },
  {
    username: 'inspector1',
    displayName: '考核组 张检查员（示范街道）',
    role: UserRole.INSPECTOR,
    scopeId: DEMO_STREET_ID,
  },
  {
    username: 'inspector2',
    displayName: '考核组 李检查员（和平街道）',
    role: UserRole.INSPECTOR,
    scopeId: NEIGHBOUR_STREET_ID,
  },
  {
    username: 'inspector3',
    displayName: '考核组 王检查员（和平街道）',
    role: UserRole.INSPECTOR,
    scopeId: NEIGHBOUR_STREET_ID,
  },
  { username: 'observer', displayName: '包片领导 刘主任', role: UserRole.OBSERVER, scopeId: DEMO_STREET_ID },
  ...COMMUNITY_NAMES.map((name, index) => ({
    username: `community-${communityId(index)}`,
    displayName: `${name}${name.endsWith('村') ? '村委会' : '居委会'}`,
    role: UserRole.COMMUNITY,
    scopeId: communityId(index),
  })),
];

/** The end of the day `days` from now in `zone`, as a date alone means it: deadlines read as whole days. */
function endOfDay(now: number, days: number, zone: string): string {
  return isoInZone(endOfLocalDay(addCalendarDays(localDateOf(now, zone), days), zone), zone);
}

/** The demo campaign, its schedule counted from the moment it is first loaded, in the deployment's zone. */
export function demoCampaign(now: number, zone: string): CreateCampaignDto {
  return {
    id: DEMO_CAMPAIGN_ID,
    title: '2026年度示范街道平安社区创建',
    year: 2026,
    organizerJurisdictionId: DEMO_STREET_ID,
    scopeJurisdictionId: DEMO_STREET_ID,
    standard: { code: DEMO_STANDARD.code, version: 1 },
    schedule: {
      applicationOpensAt: new Date(now).toISOString(),
      applicationDueAt: endOfDay(now, 30, zone),
      selfCheckDueAt: endOfDay(now, 60, zone),
      inspectionStartsAt: endOfDay(now, 61, zone),
      inspectionDueAt: endOfDay(now, 90, zone),
      // 公示期为5个工作日: counted with the working-day calendar (holidays and 调休).
      noticeDays: 5,
      noticeDayKind: 'WORKING',
      awardAt: endOfDay(now, 100, zone),
      reminderDaysBefore: [7, 1],
      overdueRepeatDays: 3,
      escalateAfterDays: 5,
    },
    targets: { newTitlesPercent: 20, cumulativeTitlesPercent: 60 },
    inspectionPolicy: {
      minInspectors: 2,
      maxInspectors: 3,
      combine: 'MEAN',
      rectificationAllowed: true,
      rectificationDays: 15,
      conflictRule: 'SAME_STREET',
      deviationThreshold: 10,
    },
    awardPolicy: { topN: null, tieBreak: null, validityYears: 3 },
  };
}
