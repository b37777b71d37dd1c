; Inno Setup script for Windows. Build the one-folder app first on Windows:
;   py -m pip install --require-hashes -r requirements\build.lock && py -m pip install --no-deps -e .
;   py -m PyInstaller --noconfirm packaging\facturas.spec
; then compile this script with Inno Setup 6 (iscc packaging\windows\facturas.iss).
#define AppName "Facturas"
; The publisher is the software's producer, the same FACTURAS_PRODUCER_NAME the spec stamps into
; the build (facturas_app/build_info.py) and AEAT's records carry.
#define AppPublisher GetEnv("FACTURAS_PRODUCER_NAME")
#if AppPublisher == ""
  #define AppPublisher "Facturas Software SL"
#endif
#define AppVersion GetEnv("FACTURAS_VERSION")
#if AppVersion == ""
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F2B1C9E-4B7E-4E0B-9B55-FA0C7A2D1E11}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher={#AppPublisher}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
OutputBaseFilename=Facturas-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
SetupIconFile=..\..\resources\icons\facturas.ico
UninstallDisplayIcon={app}\Facturas.exe

[Languages]
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\Facturas\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\Facturas.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\Facturas.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Run]
Filename: "{app}\Facturas.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
