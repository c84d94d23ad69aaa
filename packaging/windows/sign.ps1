<#
  Authenticode-sign files with the organisation's code-signing certificate, with an RFC 3161 timestamp so
  the signature stays valid after the certificate expires.

    packaging\windows\sign.ps1 dist\mappa-desktop\mappa-desktop.exe dist\mappa-desktop\mappa-desktop-cli.exe
    packaging\windows\sign.ps1 dist\mappa-desktop-0.1.0-x64.msi

  The certificate comes from the organisation, never from this repository. Set, as CI secrets:
    SIGN_CERT_PFX_BASE64   the .pfx (certificate and private key), base64-encoded
    SIGN_CERT_PASSWORD     its password
    SIGN_TIMESTAMP_URL     the organisation's (or its CA's) RFC 3161 timestamp server
  An organisation whose key lives in an HSM or a cloud signing service replaces the signtool line with
  its own tool; the files to sign and the order (programs before the MSI) stay the same.
  With no certificate set, it says so and signs nothing (exit 0), so unsigned test builds still work.

  NOT RUN ON THE DEVELOPMENT MACHINE (Linux): see packaging/README.md.
#>
param([Parameter(Mandatory = $true, ValueFromRemainingArguments = $true)][string[]]$Files)
$ErrorActionPreference = "Stop"

if (-not $env:SIGN_CERT_PFX_BASE64) {
  Write-Host "Not signed: no SIGN_CERT_PFX_BASE64 secret. Windows will show 'Unknown publisher'."
  exit 0
}
if (-not $env:SIGN_TIMESTAMP_URL) { throw "SIGN_TIMESTAMP_URL is not set: a signature without a timestamp expires with the certificate." }

$signtool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
  Sort-Object FullName -Descending | Select-Object -First 1
if (-not $signtool) { throw "signtool.exe not found (Windows SDK)." }

$pfx = Join-Path $env:RUNNER_TEMP "signing.pfx"
[IO.File]::WriteAllBytes($pfx, [Convert]::FromBase64String($env:SIGN_CERT_PFX_BASE64))
try {
  & $signtool.FullName sign /f $pfx /p $env:SIGN_CERT_PASSWORD /fd SHA256 /td SHA256 /tr $env:SIGN_TIMESTAMP_URL /d "MAPPA Desktop" @Files
  if ($LASTEXITCODE -ne 0) { throw "signtool sign failed ($LASTEXITCODE)" }
  & $signtool.FullName verify /pa /v @Files
  if ($LASTEXITCODE -ne 0) { throw "signtool verify failed ($LASTEXITCODE)" }
} finally {
  Remove-Item $pfx -Force
}
