; Inno Setup 6 script (EXAMPLE, NOT VERIFIED: no Windows build was run while writing it).
; Installs the PyInstaller one-folder build made by `python build_installer.py`
; (dist\backoffice\) to Program Files, creates Start menu shortcuts for the desktop
; application and, optionally, registers the sync agent (`backoffice sync`) as a
; scheduled task that starts at boot. See docs/admin-guide-en.md section 2.
;
; Compile on the build PC from the repository root:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" docs\installer\backoffice.iss
;
; Before the first roll-out, test on a clean PC: install, run
;   "C:\Program Files\Backoffice\backoffice-desktop.exe" --self-test
; (exit code 0), reboot and check the task "Backoffice\Sync agent" in Task Scheduler.

#define AppName "Backoffice"
#define AppVersion "1.0.0"
; Where build_installer.py wrote the one-folder build (relative to this .iss file).
#define BuildDir "..\..\dist\backoffice"
; One configuration file for every user of the PC (see docs/configuration.md).
#define ConfigFile "{commonappdata}\backoffice\config.toml"

[Setup]
AppId={{6F1D3C2A-4B7E-4C1A-9E2D-7A5B3C9D0E11}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=City back office
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=admin
OutputDir=..\..\dist
OutputBaseFilename=backoffice-setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
DisableProgramGroupPage=yes

[Languages]
Name: "japanese"; MessagesFile: "compiler:Languages\Japanese.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
; Run the sync agent on ONE machine only (the LGWAN-side server or a dedicated PC).
Name: "syncagent"; Description: "同期エージェント（backoffice sync）を起動時に開始する / Start the sync agent at boot"; Flags: unchecked

[Dirs]
; Configuration and keys shared by the PC's users; only administrators may change them.
Name: "{commonappdata}\backoffice"; Permissions: users-readexec
Name: "{commonappdata}\backoffice\keys"; Permissions: users-readexec

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; The certificate fonts are not in the build (IPA Font License; see resources/fonts/README.md).
; If the city distributes them with the installer, add for example:
; Source: "fonts\*.ttf"; DestDir: "{app}\_internal\resources\fonts"; Flags: ignoreversion
; (PyInstaller 6 one-folder builds keep resources\ under _internal\, which is sys._MEIPASS)

[Icons]
Name: "{group}\バックオフィス"; Filename: "{app}\backoffice-desktop.exe"; Parameters: "--config ""{#ConfigFile}"""; WorkingDir: "{app}"
Name: "{group}\バックオフィスのアンインストール"; Filename: "{uninstallexe}"

[Run]
; The sync agent: `sync` without --once keeps watching and never ends, so the task starts once
; at boot, runs as SYSTEM and has no execution time limit. SYSTEM needs read/write access to the
; spool share and, for PostgreSQL, its own stored password (`backoffice secrets set-db-password`
; run as SYSTEM) or client-certificate authentication; use a dedicated service account with
; /RU and /RP instead if the spool is on a network share.
Filename: "{sys}\schtasks.exe"; \
  Parameters: "/Create /F /TN ""Backoffice\Sync agent"" /SC ONSTART /RU SYSTEM /RL HIGHEST /TR ""\""{app}\backoffice.exe\"" --config \""{#ConfigFile}\"" sync"""; \
  Flags: runhidden; Tasks: syncagent; StatusMsg: "Registering the sync agent..."
; schtasks cannot remove the default 72-hour limit; PowerShell can:
Filename: "{sys}\WindowsPowerShell\v1.0\powershell.exe"; \
  Parameters: "-NoProfile -ExecutionPolicy Bypass -Command ""$s = New-ScheduledTaskSettingsSet -ExecutionTimeLimit ([TimeSpan]::Zero) -RestartCount 999 -RestartInterval (New-TimeSpan -Minutes 1); Set-ScheduledTask -TaskPath '\Backoffice\' -TaskName 'Sync agent' -Settings $s"""; \
  Flags: runhidden; Tasks: syncagent
; Create or migrate the database once (idempotent; for PostgreSQL run it as backoffice_owner instead).
Filename: "{app}\backoffice.exe"; Parameters: "--config ""{#ConfigFile}"" init"; \
  Flags: runhidden skipifdoesntexist; Check: FileExists(ExpandConstant('{#ConfigFile}'))

[UninstallRun]
Filename: "{sys}\schtasks.exe"; Parameters: "/End /TN ""Backoffice\Sync agent"""; Flags: runhidden; RunOnceId: "EndSync"
Filename: "{sys}\schtasks.exe"; Parameters: "/Delete /F /TN ""Backoffice\Sync agent"""; Flags: runhidden; RunOnceId: "DeleteSync"
