import { STANDARD_LIMITS } from '../standard/standard-limits';
import { ImportColumns } from './import-column';

/** Items and caps as the API takes them (StandardItemDto): a sheet beyond these is refused cell by cell. */
export const STANDARD_EVIDENCE_MAX_ENTRIES = STANDARD_LIMITS.evidenceEntries;
export const STANDARD_EVIDENCE_MAX_LENGTH = STANDARD_LIMITS.evidenceLength;

/**
 * The columns of a standard's sheet (创建标准/考核细则), one item a row, as offices keep them: the
 * category may be merged down its items or written only on its first item; step, applicability and veto
 * may be left empty (1 分, 城乡通用, 否). The export writes these headers, so an exported sheet reads back.
 */
export const STANDARD_COLUMNS = {
  categoryTitle: {
    header: '类别',
    aliases: ['category', '一级指标', '考核类别', '类别名称', '项目'],
    required: false,
    headerRequired: true,
    type: 'text',
    maxLength: 200,
    example: '组织领导',
    note: '指标所属类别；可合并单元格，或只在该类别第一行填写，下面留空表示同上',
  },
  categoryCode: {
    header: '类别编码',
    aliases: ['category_code', '类别代码'],
    required: false,
    type: 'code',
    maxLength: 32,
    example: 'A',
    note: '类别的编码；整列可省略，省略时按类别出现的顺序编为 A、B、C…',
  },
  code: {
    header: '指标编码',
    aliases: ['code', 'item_code', '编码', '编号', '序号'],
    required: true,
    type: 'code',
    maxLength: 32,
    example: 'A-01',
    note: '指标的编码，整个标准内唯一，如 A-01',
  },
  title: {
    header: '指标内容',
    aliases: ['item', 'title', '指标', '考核内容', '考核项目', '二级指标', '评分内容'],
    required: true,
    type: 'text',
    maxLength: 200,
    example: '成立平安创建工作领导小组',
    note: '考核的内容（指标名称）',
  },
  maxScore: {
    header: '分值',
    aliases: ['max_score', 'max', '满分', '标准分', '最高分'],
    required: true,
    type: 'decimal',
    min: 0,
    max: 1000,
    maxDecimals: 2,
    example: 5,
    note: '该指标的满分；只作否决判断、不计分的指标填 0',
  },
  scoreStep: {
    header: '计分步长',
    aliases: ['step', 'score_step', '步长', '最小计分单位'],
    required: false,
    type: 'decimal',
    min: 0.01,
    max: 100,
    maxDecimals: 2,
    example: 0.5,
    note: '打分的最小单位，如 0.5 或 1，须能整除分值；留空按 1 分',
  },
  appliesTo: {
    header: '适用社区',
    aliases: ['applies_to', '适用', '适用范围', '适用对象'],
    required: false,
    type: 'enum',
    options: [
      { value: 'BOTH', labels: ['城乡通用', '通用', '全部', '城乡'] },
      { value: 'URBAN', labels: ['城市社区', '城市'] },
      { value: 'RURAL', labels: ['农村社区', '农村'] },
    ],
    example: '城乡通用',
    note: '该指标考核哪类社区；留空为城乡通用',
  },
  veto: {
    header: '一票否决',
    aliases: ['veto', '否决项', '是否一票否决'],
    required: false,
    type: 'boolean',
    example: '否',
    note: '是：出现该情形的社区不授予称号，无论得分；留空为否',
  },
  evidence: {
    header: '佐证材料',
    aliases: ['evidence', '所需材料', '台账资料', '佐证资料', '印证材料'],
    required: false,
    type: 'text',
    maxLength: 4000,
    multiline: true,
    keepEndLineBreak: true,
    example: '领导小组成立文件',
    note: `社区须提供的材料，多项用分号或换行（Alt+Enter）分隔，最多 ${STANDARD_EVIDENCE_MAX_ENTRIES} 项、每项 ${STANDARD_EVIDENCE_MAX_LENGTH} 字`,
  },
} as const satisfies ImportColumns;

export type StandardColumns = typeof STANDARD_COLUMNS;
