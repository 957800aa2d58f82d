# The kiosk's view model against a real demo database (Catch2). Included from
# tests/kiosk/CMakeLists.txt.
add_executable(kiosk_session_test kiosk_session_test.cpp ${PROJECT_SOURCE_DIR}/tests/core/main.cpp)
target_link_libraries(kiosk_session_test PRIVATE
  Catch2::Catch2 frontdesk_kiosk_app frontdesk_test_support)
frontdesk_warnings(kiosk_session_test)
catch_discover_tests(kiosk_session_test TEST_PREFIX "kiosk/session/" PROPERTIES LABELS kiosk)
