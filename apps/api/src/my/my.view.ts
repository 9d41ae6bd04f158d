import { ApiProperty } from '@nestjs/swagger';
import { CaseStage } from '@app/domain';

/** One of my cases (a clerk's own, an inspector's assigned), with its campaign. */
export class MyCaseView {
  @ApiProperty() campaignId!: string;
  @ApiProperty({ example: '2026年度示范街道平安社区创建' }) campaignTitle!: string;
  @ApiProperty({ example: '平安社区' }) titleKind!: string;
  @ApiProperty({ example: 'PINGAN' }) standardCode!: string;
  @ApiProperty({ example: 1 }) standardVersion!: number;
  @ApiProperty() communityId!: string;
  @ApiProperty() communityName!: string;
  @ApiProperty({ type: String, nullable: true }) streetId!: string | null;
  @ApiProperty({ enum: CaseStage, enumName: 'CaseStage' }) stage!: CaseStage;
  @ApiProperty({ type: String, nullable: true }) tier!: string | null;
  @ApiProperty({ type: Number, nullable: true }) totalScore!: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'the deadline the case runs against' })
  dueAt!: string | null;
  @ApiProperty() overdue!: boolean;
  @ApiProperty({ description: 'inspection round' }) round!: number;
  @ApiProperty({ description: 'this round re-checks only the rectified items' }) recheck!: boolean;
  @ApiProperty({ description: 'inspector: my check for this round is in' }) checkedThisRound!: boolean;
}

const TODO_KINDS = [
  'APPLY',
  'RESUBMIT',
  'SELF_CHECK',
  'RECTIFY',
  'CHECK',
  'REVIEW',
  'ASSIGN',
  'CONFIRM',
  'OBJECTIONS',
  'OVERDUE',
] as const;
export type TodoKind = (typeof TODO_KINDS)[number];

/** 待办: one thing waiting for me now, with its deadline and the console page to do it on. */
export class TodoItemView {
  @ApiProperty({ enum: TODO_KINDS }) kind!: TodoKind;
  @ApiProperty({ example: '提交自查报告' }) title!: string;
  @ApiProperty({ example: '2026年度示范街道平安社区创建 · 幸福社区' }) subject!: string;
  @ApiProperty() campaignId!: string;
  @ApiProperty({ type: String, nullable: true }) communityId!: string | null;
  @ApiProperty({ description: 'cases this item stands for (1 for a single case)' }) count!: number;
  @ApiProperty({ type: String, nullable: true }) dueAt!: string | null;
  @ApiProperty() overdue!: boolean;
  @ApiProperty({ example: '/console/my/demo-2026-pingan', description: 'the console page to do it on' })
  link!: string;
}
