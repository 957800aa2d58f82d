# The kiosk's real screens and whole check-ins (Qt Quick Test, offscreen): one executable runs
# every tst_*.qml of this folder on a demo clinic. Included from tests/kiosk/CMakeLists.txt.
frontdesk_add_quick_test(
  NAME kiosk/quick
  PROGRAM kiosk_quick_test
  INPUT ${CMAKE_CURRENT_SOURCE_DIR}
  LABELS kiosk
  SOURCES kiosk_quick_test.cpp kiosk_fixture.cpp kiosk_fixture.h
  LIBRARIES
    frontdesk_kiosk_app
    frontdesk_kiosk_modelsplugin
    frontdesk_kiosk_uiplugin
    frontdesk_controlsplugin)

# The on-screen keyboard, loaded as in the program (keyboard/keyboard_test.qml, named so
# that kiosk/quick does not run it without the keyboard): fails when a QML
# module the InputPanel needs is not installed.
frontdesk_add_quick_test(
  NAME kiosk/keyboard
  PROGRAM kiosk_quick_test
  INPUT ${CMAKE_CURRENT_SOURCE_DIR}/keyboard/keyboard_test.qml
  LABELS kiosk
  ENVIRONMENT QT_IM_MODULE=qtvirtualkeyboard)
