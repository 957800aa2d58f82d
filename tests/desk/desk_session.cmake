# The desk panel's session and call endpoint (Catch2) on a real demo clinic. Included from
# tests/desk/CMakeLists.txt.
find_package(CURL REQUIRED)
add_executable(desk_session_test desk_session_test.cpp)
target_link_libraries(desk_session_test PRIVATE
  frontdesk_catch_main frontdesk_desk_app frontdesk_test_processes CURL::libcurl Qt6::Test)
target_compile_definitions(desk_session_test PRIVATE FRONTDESK_CLI="$<TARGET_FILE:frontdesk>")
add_dependencies(desk_session_test frontdesk)
frontdesk_warnings(desk_session_test)
catch_discover_tests(desk_session_test TEST_PREFIX "desk/session/" PROPERTIES LABELS desk)
