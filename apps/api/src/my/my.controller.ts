import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedActor, CurrentActor } from '../auth/authenticated-actor';
import { MyService } from './my.service';
import { MyCaseView, TodoItemView } from './my.view';

/** The signed-in user's own lists: 我的创建 (clerk), 我的检查任务 (inspector), 待办 (every role). */
@ApiTags('my')
@ApiBearerAuth()
@Controller('my')
export class MyController {
  constructor(private readonly my: MyService) {}

  @Get('cases')
  @ApiOperation({
    summary: "A clerk's own cases or an inspector's assigned ones, across campaigns (at most 200)",
  })
  @ApiOkResponse({ type: [MyCaseView] })
  cases(@CurrentActor() actor: AuthenticatedActor): Promise<MyCaseView[]> {
    return this.my.cases(actor);
  }

  @Get('todo')
  @ApiOperation({
    summary: '待办: what waits for you now, each with its deadline and the console page to do it on',
  })
  @ApiOkResponse({ type: [TodoItemView] })
  todo(@CurrentActor() actor: AuthenticatedActor): Promise<TodoItemView[]> {
    return this.my.todo(actor);
  }
}
