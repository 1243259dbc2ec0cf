; Inno Setup 6 script: a per-user Letapis installer (no administrator rights needed).
;
; Build it on Windows with installer\windows\build.ps1, which makes dist\letapis\ with
; PyInstaller first and passes the version from pyproject.toml:
;   iscc /DAppVersion=0.1.0 installer\windows\letapis.iss
;
; The program goes to %LOCALAPPDATA%\Programs\Letapis. Vaults, backups and settings live apart
; from it in %LOCALAPPDATA%\Letapis (app/paths.py, platformdirs), and nothing here ever deletes
; them: the uninstaller removes only the files this installer copied, there is no
; [UninstallDelete] section on purpose, and the folder page refuses the data folder itself.

#ifndef AppVersion
  #error Pass the version from pyproject.toml: iscc /DAppVersion=X.Y.Z (build.ps1 does this)
#endif
#define AppName "Letapis"
#define AppExe "letapis.exe"
#define Root "..\.."

[Setup]
AppId={{A1D0B4CB-4646-45C1-90E1-D91289BDBF25}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Letapis
AppComments=Offline, encrypted case manager for documenting political repression
; Per-user: {autopf} is %LOCALAPPDATA%\Programs when running without elevation.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=letapis-{#AppVersion}-windows-x64-setup
SetupIconFile={#Root}\resources\icons\letapis.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundled runtime, so no library of the old version lingers.
; {app} is the program folder (never the data folder, see NextButtonClick below).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Root}\dist\letapis\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Encrypted case manager"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function IsInside(const Folder, Parent: String): Boolean;
begin
  Result := Pos(Uppercase(AddBackslash(Parent)), Uppercase(AddBackslash(Folder))) = 1;
end;

{ The vault folder must never become the program folder: an upgrade or an uninstall would then
  operate on the documenters' data. }
function NextButtonClick(CurPageID: Integer): Boolean;
var
  DataDir: String;
begin
  Result := True;
  if CurPageID = wpSelectDir then
  begin
    DataDir := ExpandConstant('{localappdata}\Letapis');
    if IsInside(WizardDirValue, DataDir) then
    begin
      MsgBox('This folder holds your Letapis vaults (' + DataDir + '). ' +
        'Please choose another folder for the program.', mbError, MB_OK);
      Result := False;
    end;
  end;
end;
