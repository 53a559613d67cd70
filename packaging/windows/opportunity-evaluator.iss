; Inno Setup 6 script: a per-user (no admin) Windows installer for the one-folder bundle.
; UNTESTED: written and kept in step with the Linux build, but never compiled here (no Windows).
;
; On Windows, from the repository root:
;   py -m venv .venv && .venv\Scripts\pip install -e ".[package]"
;   .venv\Scripts\python -m PyInstaller --noconfirm packaging\opportunity-evaluator.spec
;   for /f %v in ('.venv\Scripts\python packaging\bundle_tools.py version') do set OE_VERSION=%v
;   iscc /DAppVersion=%OE_VERSION% packaging\windows\opportunity-evaluator.iss
; -> dist\opportunity-evaluator-<version>-windows-setup.exe
;
; The spec builds two programs into dist\opportunity-evaluator\: opportunity-evaluator.exe
; (console: the command line) and opportunity-evaluator-gui.exe (windowed: menu and files).

#ifndef AppVersion
  #error Pass the version from pyproject.toml: iscc /DAppVersion=X.Y.Z ...
#endif
#define AppName "Opportunity Evaluator"
#define BundleDir "..\..\dist\opportunity-evaluator"
#define GuiExe "opportunity-evaluator-gui.exe"
#define ProgId "OpportunityEvaluator.Evaluation"

[Setup]
AppId={{6C1F0A52-3E1B-4D7A-9F2E-0B8E5C4D7A31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Opportunity Evaluator developers
AppPublisherURL=https://github.com/opportunityevaluator/opportunity-evaluator
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=opportunity-evaluator-{#AppVersion}-windows-setup
SetupIconFile=opportunity-evaluator.ico
UninstallDisplayIcon={app}\{#GuiExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"

[CustomMessages]
english.FileTypeName=Opportunity evaluation
dutch.FileTypeName=Beoordeling van een verdienmodel

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Tasks: desktopicon

[Registry]
; .oppeval files open in the app (HKA: the current user's classes for a per-user install).
Root: HKA; Subkey: "Software\Classes\.oppeval\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:FileTypeName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#GuiExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#GuiExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}\SupportedTypes"; ValueType: string; ValueName: ".oppeval"; ValueData: ""

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The user's library and settings (%LOCALAPPDATA%\opportunity-evaluator) are left in place on uninstall.
