import { Controller, Get, Redirect } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '../auth/public.decorator';

/** `/` and `/console` lead to the console, so the address a person types first shows the sign-in page. */
@ApiExcludeController()
@Public()
@Controller()
export class ConsoleRedirectController {
  @Get()
  @Redirect('/console/', 302)
  root(): void {}

  @Get('console')
  @Redirect('/console/', 302)
  console(): void {}
}
