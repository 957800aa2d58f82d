# The kiosk's view model against a real demo database, on it directly and through a real
# frontdesk-server (Catch2). Included from tests/kiosk/CMakeLists.txt.
add_executable(kiosk_session_test kiosk_session_test.cpp)
target_link_libraries(kiosk_session_test PRIVATE
  frontdesk_catch_main frontdesk_kiosk_app frontdesk_test_processes)
frontdesk_warnings(kiosk_session_test)
catch_discover_tests(kiosk_session_test TEST_PREFIX "kiosk/session/" PROPERTIES LABELS kiosk)
