; Inno Setup 6 script (EXAMPLE, NOT VERIFIED: no Windows build was run while writing it).
; Installs the PyInstaller one-folder build made by `python build_installer.py`
; (dist\backoffice\) to Program Files, creates Start menu shortcuts for the desktop
; application, and prepares C:\ProgramData\backoffice\ (the machine-wide configuration,
; keys, the CA certificate and the city's edited resources; read-only for users) with a
; sample configuration beside it. It never overwrites backoffice.toml or resources\, so
; installing a new version over an old one keeps them (admin guide 2.3 and 2.4).
; The sync agent is registered by the administrator with the command of admin guide 2.3
; (a dedicated service account with its password: not something an installer should hold).
;
; Compile on the build PC from the repository root:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" docs\installer\backoffice.iss
;
; Before the first roll-out, test on a clean PC: install, put the configuration in place, run
;   "C:\Program Files\Backoffice\backoffice-desktop.exe" --self-test
; (exit code 0). Silent installation for software distribution:
;   backoffice-setup-1.0.0.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART

#define AppName "Backoffice"
#define AppVersion "1.0.0"
; Where build_installer.py wrote the one-folder build (relative to this .iss file).
#define BuildDir "..\..\dist\backoffice"
; One configuration file for every account of the PC, found without --config
; (backoffice/platform/config.py site_config_file; docs/configuration.md).
#define ConfigDir "{commonappdata}\backoffice"

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

[Dirs]
; Configuration, keys, CA certificate and edited resources shared by every account of the
; PC (clerks and the agent's service account): they read, only administrators change.
Name: "{#ConfigDir}"; Permissions: users-readexec; Flags: uninsneveruninstall
Name: "{#ConfigDir}\keys"; Permissions: users-readexec; Flags: uninsneveruninstall
Name: "{#ConfigDir}\resources"; Permissions: users-readexec; Flags: uninsneveruninstall

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; The sample, refreshed with every version; the real backoffice.toml is the administrator's.
Source: "..\samples\backoffice-windows.toml"; DestDir: "{#ConfigDir}"; DestName: "backoffice.toml.sample"; Flags: ignoreversion
; The certificate fonts are not in the build (IPA Font License; see resources/fonts/README.md).
; If the city distributes them with the installer, put them where new versions do not
; replace them (resources\ beside the machine-wide configuration wins over the bundled one):
; Source: "fonts\*.ttf"; DestDir: "{#ConfigDir}\resources\fonts"; Flags: onlyifdoesntexist

[Icons]
Name: "{group}\バックオフィス"; Filename: "{app}\backoffice-desktop.exe"; WorkingDir: "{app}"
Name: "{group}\バックオフィスのアンインストール"; Filename: "{uninstallexe}"

[Run]
; Nothing is run against the database here: on PostgreSQL the administrator runs
; `backoffice db upgrade` once per version from the administrator's PC (admin guide 2.4).
Filename: "{app}\backoffice-desktop.exe"; Parameters: "--self-test"; Flags: runhidden waituntilterminated skipifsilent; Check: FileExists(ExpandConstant('{#ConfigDir}\backoffice.toml'))

[UninstallRun]
Filename: "{sys}\schtasks.exe"; Parameters: "/End /TN ""Backoffice\Sync agent"""; Flags: runhidden; RunOnceId: "EndSync"
Filename: "{sys}\schtasks.exe"; Parameters: "/Delete /F /TN ""Backoffice\Sync agent"""; Flags: runhidden; RunOnceId: "DeleteSync"
