/** The SpreadsheetApp service of one execution. */
import { Emulated } from "./facade";
import { ExecutionScope } from "./scope";
import { BooleanCriteria, DataValidationCriteria, DeveloperMetadataLocationType, DeveloperMetadataVisibility, ProtectionType } from "./enums";
import { Spreadsheet, spreadsheetView } from "./spreadsheet";
import { Sheet } from "./sheet";
import { Ui } from "./ui";
import { DataValidationBuilder } from "./validation";
import { ConditionalFormatRuleBuilder } from "./conditional";

export class SpreadsheetApp extends Emulated {
  readonly className = "SpreadsheetApp";
  override readonly constants = {
    DataValidationCriteria,
    BooleanCriteria,
    ProtectionType,
    DeveloperMetadataLocationType,
    DeveloperMetadataVisibility,
  };
  private ui: Ui | undefined;

  constructor(private readonly scope: ExecutionScope) {
    super();
  }

  getActive(): Spreadsheet {
    return spreadsheetView(this.scope.state);
  }
  getActiveSpreadsheet(): Spreadsheet {
    return spreadsheetView(this.scope.state);
  }
  getActiveSheet(): Sheet {
    return spreadsheetView(this.scope.state).getActiveSheet();
  }
  getUi(): Ui {
    this.ui ??= new Ui(this.scope);
    return this.ui;
  }
  newDataValidation(): DataValidationBuilder {
    return new DataValidationBuilder(this.scope.state);
  }
  newConditionalFormatRule(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.scope.state);
  }
  /** Returns at once: the emulator applies every change when it is made. */
  flush(): void {}
}
