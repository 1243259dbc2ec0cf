# Windows build: the PyInstaller one-folder build (dist\letapis\), its self-test, and the
# per-user Inno Setup installer (dist\letapis-VERSION-windows-x64-setup.exe).
#
# Needs: Python 3.11+ (python.org installer, "py" launcher) and Inno Setup 6 (ISCC.exe).
# From a checkout, in PowerShell:
#   powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

function Invoke-Checked([string]$Exe, [string[]]$Arguments) {
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe failed with exit code $LASTEXITCODE" }
}

if (-not (Test-Path .venv\Scripts\python.exe)) { Invoke-Checked py @("-3", "-m", "venv", ".venv") }
$python = ".venv\Scripts\python.exe"
Invoke-Checked $python @("-m", "pip", "install", "-q", "-e", ".[dist]")

# The same step as `bash scripts/dev.sh translations` on Linux: .ts -> .qm.
Get-ChildItem resources\i18n\*.ts | ForEach-Object {
    Invoke-Checked .venv\Scripts\pyside6-lrelease.exe @("-silent", $_.FullName, "-qm", ($_.FullName -replace '\.ts$', '.qm'))
}

if (Test-Path dist\letapis) { Remove-Item -Recurse -Force dist\letapis }
Invoke-Checked .venv\Scripts\pyinstaller.exe @("--noconfirm", "--distpath", "dist", "--workpath", "build\pyinstaller", "installer\letapis.spec")
# letapis.exe has no console; its console twin runs the command line and the self-test.
Invoke-Checked dist\letapis\letapis-cli.exe @("--self-test")

$version = & $python -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])"
$iscc = @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe", "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe") |
    Where-Object { Test-Path $_ } | Select-Object -First 1
if (-not $iscc) { throw "Inno Setup 6 not found: install Inno Setup 6 first" }
Invoke-Checked $iscc @("/DAppVersion=$version", "installer\windows\letapis.iss")
Write-Host "Installer: dist\letapis-$version-windows-x64-setup.exe"
