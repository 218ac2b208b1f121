@echo off
rem pkcheck launcher of the release archive (Windows): needs Java 17 or newer.
rem Double-click starts the web app on http://127.0.0.1:8080/ ; from a prompt, pkcheck check data.xlsx and so on.
setlocal
set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
where "%JAVA%" >nul 2>nul
if errorlevel 1 if not exist "%JAVA%" (
  echo pkcheck: Java 17 or newer is needed; install it, e.g. from https://adoptium.net, and try again
  pause
  exit /b 2
)
if "%~1"=="" (
  echo pkcheck: open http://127.0.0.1:8080/ in your browser; close this window to stop.
  "%JAVA%" -XX:+UseSerialGC -jar "%~dp0lib\pkcheck.jar" serve
  exit /b %errorlevel%
)
"%JAVA%" -jar "%~dp0lib\pkcheck.jar" %*
exit /b %errorlevel%
