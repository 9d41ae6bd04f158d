import { Controller, Get, Param, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { DomainError, DomainErrorCode } from '@app/domain';
import { Public } from '../auth/public.decorator';
import { writeImportTemplate } from '../spreadsheets/import-template';
import { IMPORT_KINDS } from './import-kinds';

import { XLSX_TYPE } from '../spreadsheets/spreadsheet';

/** Blank .xlsx templates for every spreadsheet import; they hold no data, so no login is needed. */
@ApiTags('imports')
@Controller('imports/templates')
export class ImportTemplatesController {
  @Get(':kind')
  @Public()
  @ApiOperation({
    summary:
      'The .xlsx template of an import: title row, notes, header, a sample row, drop-down lists and text-formatted code columns, and a 填写说明 sheet',
  })
  @ApiParam({ name: 'kind', enum: Object.keys(IMPORT_KINDS) })
  @ApiProduces(XLSX_TYPE)
  @ApiOkResponse({ description: 'The template workbook', schema: { type: 'string', format: 'binary' } })
  async template(@Param('kind') kind: string): Promise<StreamableFile> {
    const definition = Object.hasOwn(IMPORT_KINDS, kind) ? IMPORT_KINDS[kind] : undefined;
    if (definition === undefined) {
      throw new DomainError(DomainErrorCode.NOT_FOUND, `No import template ${kind}`, {
        kinds: Object.keys(IMPORT_KINDS),
      });
    }
    const body = await writeImportTemplate(definition);
    return new StreamableFile(body, {
      type: XLSX_TYPE,
      disposition: `attachment; filename="${kind}-template.xlsx"; filename*=UTF-8''${encodeURIComponent(`${definition.title}.xlsx`)}`,
      length: body.length,
    });
  }
}
