; SPDX-License-Identifier: GPL-3.0-or-later
; NSIS installer for SajuDesk on Windows (64-bit), Korean and English.
;   makensis /DSTAGE_DIR=<folder made by build.ps1> /DVERSION=0.1.0 /DOUT_FILE=SajuDesk-0.1.0-setup.exe sajudesk.nsi
; STAGE_DIR holds sajudesk.exe, sajudesk-cli.exe, qt6keychain.dll and what windeployqt added.
; The uninstaller leaves each user's data and keys alone and says where they are.

Unicode true
!include "MUI2.nsh"
!include "x64.nsh"

!ifndef STAGE_DIR
  !error "pass /DSTAGE_DIR=<folder with sajudesk.exe and its DLLs>"
!endif
!ifndef VERSION
  !error "pass /DVERSION=<x.y.z>"
!endif
!ifndef OUT_FILE
  !define OUT_FILE "SajuDesk-${VERSION}-setup.exe"
!endif
!ifndef ICON_FILE
  !define ICON_FILE "..\..\resources\icons\sajudesk.ico"
!endif

!define APP_NAME "SajuDesk"
!define APP_ID "io.github.sajudesk.sajudesk"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"

Name "${APP_NAME} ${VERSION}"
OutFile "${OUT_FILE}"
InstallDir "$PROGRAMFILES64\${APP_NAME}"
InstallDirRegKey HKLM "Software\${APP_NAME}" "InstallDir"
RequestExecutionLevel admin
SetCompressor /SOLID lzma
ManifestDPIAware true
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APP_NAME} installer"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "LegalCopyright" "GPL-3.0-or-later"

!define MUI_ICON "${ICON_FILE}"
!define MUI_UNICON "${ICON_FILE}"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_FINISHPAGE_RUN "$INSTDIR\sajudesk.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "..\deb\copyright"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_UNPAGE_FINISH

; The first language is the default; Korean is chosen when Windows runs in Korean.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Korean"

LangString KeptData ${LANG_ENGLISH} "SajuDesk was removed. Your own data was kept:$\r$\n\
  - conversations and profiles: %APPDATA%\SajuDesk\SajuDesk$\r$\n\
  - cached fortunes: %LOCALAPPDATA%\SajuDesk\SajuDesk\cache$\r$\n\
  - settings: registry HKEY_CURRENT_USER\Software\SajuDesk$\r$\n\
  - API keys: Windows Credential Manager, generic credentials runyour-api-key and saju-api-key$\r$\n\
Delete them there if you no longer need them."
LangString KeptData ${LANG_KOREAN} "사주데스크를 제거했습니다. 사용자 데이터는 그대로 남아 있습니다.$\r$\n\
  - 대화와 프로필: %APPDATA%\SajuDesk\SajuDesk$\r$\n\
  - 저장된 운세: %LOCALAPPDATA%\SajuDesk\SajuDesk\cache$\r$\n\
  - 설정: 레지스트리 HKEY_CURRENT_USER\Software\SajuDesk$\r$\n\
  - API 키: Windows 자격 증명 관리자의 일반 자격 증명 runyour-api-key, saju-api-key$\r$\n\
더 이상 필요 없으면 그곳에서 삭제하세요."
LangString ShortcutName ${LANG_ENGLISH} "SajuDesk"
LangString ShortcutName ${LANG_KOREAN} "사주데스크"
LangString Needs64Bit ${LANG_ENGLISH} "SajuDesk needs 64-bit Windows 10 or later."
LangString Needs64Bit ${LANG_KOREAN} "사주데스크는 64비트 Windows 10 이상이 필요합니다."

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "$(Needs64Bit)" /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  SetRegView 64
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "SajuDesk" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  File /r "${STAGE_DIR}\*.*"
  File "/oname=sajudesk.ico" "${ICON_FILE}"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\$(ShortcutName).lnk" "$INSTDIR\sajudesk.exe" "" "$INSTDIR\sajudesk.ico"
  WriteRegStr HKLM "Software\${APP_NAME}" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "$(ShortcutName)"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "SajuDesk contributors"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\sajudesk.ico"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "URLInfoAbout" "https://github.com/sajudesk/sajudesk"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "HelpLink" "https://github.com/sajudesk/sajudesk/issues"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\$(ShortcutName).lnk"
  ; Only what the installer put there: the program folder. User data lives elsewhere (KeptData).
  RMDir /r "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  DeleteRegKey HKLM "Software\${APP_NAME}"
  MessageBox MB_ICONINFORMATION "$(KeptData)" /SD IDOK
SectionEnd
