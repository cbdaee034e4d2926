/** Session and ScriptApp. */
import { Emulated, EnumValue } from "./facade";
import { ExecutionScope } from "./scope";
import { AuthModeEnum, AuthorizationStatus } from "./enums";

export class User extends Emulated {
  readonly className = "User";

  constructor(private readonly email: string) {
    super();
  }

  getEmail(): string {
    return this.email;
  }
}

export class Session extends Emulated {
  readonly className = "Session";

  constructor(private readonly scope: ExecutionScope) {
    super();
  }

  getActiveUserLocale(): string {
    return this.scope.options.userLocale;
  }

  getScriptTimeZone(): string {
    return this.scope.options.scriptTimeZone;
  }

  /** Returns the fake user; custom functions see an empty address, as for any user without consent. */
  getActiveUser(): User {
    return new User(this.scope.execution.authMode === "CUSTOM_FUNCTION" ? "" : this.scope.options.userEmail);
  }

  getEffectiveUser(): User {
    return this.getActiveUser();
  }
}

export class AuthorizationInfo extends Emulated {
  readonly className = "AuthorizationInfo";

  /** Returns NOT_REQUIRED: the emulated user has granted every scope. */
  getAuthorizationStatus(): EnumValue {
    return AuthorizationStatus.value("NOT_REQUIRED");
  }

  getAuthorizationUrl(): null {
    return null;
  }
}

export class ScriptApp extends Emulated {
  readonly className = "ScriptApp";
  override readonly constants = { AuthMode: AuthModeEnum, AuthorizationStatus };

  getAuthorizationInfo(_authMode: unknown): AuthorizationInfo {
    return new AuthorizationInfo();
  }
}
