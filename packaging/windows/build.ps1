# SPDX-License-Identifier: GPL-3.0-or-later
# Builds SajuDesk for Windows (Release), stages it with windeployqt and, when NSIS is installed, makes the
# installer. Run from a "x64 Native Tools Command Prompt for VS 2022" PowerShell (MSVC) or a shell with
# Qt's MinGW in PATH (-Toolchain mingw). See README.md in this folder.
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1 `
#       -QtDir C:\Qt\6.4.3\msvc2019_64 -KeychainDir C:\qtkeychain
param(
    [Parameter(Mandatory = $true)][string]$QtDir,        # e.g. C:\Qt\6.4.3\msvc2019_64 or ...\mingw_64
    [Parameter(Mandatory = $true)][string]$KeychainDir,  # install prefix of qtkeychain built with this Qt
    [ValidateSet("msvc", "mingw")][string]$Toolchain = "msvc",
    [string]$BuildDir = "build\windows"
)
$ErrorActionPreference = "Stop"
$root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
$build = Join-Path $root $BuildDir
$stage = Join-Path $build "stage"

$env:PATH = "$QtDir\bin;$KeychainDir\bin;$env:PATH"
$generatorArgs = @("-G", "Ninja")
cmake -S $root -B $build @generatorArgs -DCMAKE_BUILD_TYPE=Release -DSAJUDESK_BUILD_TESTS=OFF `
    "-DCMAKE_PREFIX_PATH=$QtDir;$KeychainDir"
if ($LASTEXITCODE -ne 0) { throw "configure failed" }
cmake --build $build --parallel
if ($LASTEXITCODE -ne 0) { throw "build failed" }

Remove-Item -Recurse -Force $stage -ErrorAction SilentlyContinue
New-Item -ItemType Directory $stage | Out-Null
Copy-Item (Join-Path $build "bin\sajudesk.exe"), (Join-Path $build "bin\sajudesk-cli.exe") $stage
Copy-Item (Join-Path $KeychainDir "bin\qt6keychain.dll") $stage

# Qt's DLLs, plugins (platforms, styles, tls, networkinformation) and Qt's Korean and English catalogues
# (translations\qt_ko.qm, loaded by LanguageManager). MSVC builds also get the VC++ runtime installer.
$deployArgs = @("--release", "--no-system-d3d-compiler", "--no-opengl-sw", "--translations", "ko,en")
if ($Toolchain -eq "msvc") { $deployArgs += "--compiler-runtime" }
windeployqt @deployArgs (Join-Path $stage "sajudesk.exe")
if ($LASTEXITCODE -ne 0) { throw "windeployqt failed" }
windeployqt @deployArgs --no-translations (Join-Path $stage "sajudesk-cli.exe")
if ($LASTEXITCODE -ne 0) { throw "windeployqt (cli) failed" }

$version = (Select-String -Path (Join-Path $root "CMakeLists.txt") -Pattern "VERSION (\d+\.\d+\.\d+)").Matches[0].Groups[1].Value
$makensis = Get-Command makensis -ErrorAction SilentlyContinue
if ($makensis) {
    & $makensis.Source "/DSTAGE_DIR=$stage" "/DVERSION=$version" "/DOUT_FILE=$build\SajuDesk-$version-setup.exe" `
        (Join-Path $PSScriptRoot "sajudesk.nsi")
    if ($LASTEXITCODE -ne 0) { throw "makensis failed" }
    Write-Host "installer: $build\SajuDesk-$version-setup.exe"
} else {
    Write-Host "NSIS not found: the staged program is in $stage (install NSIS 3 for the installer)"
}
