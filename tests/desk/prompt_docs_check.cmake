# Fails unless the page PAGE shows each of FILES word for word (the docs' host is the tested
# one). Run with cmake -DPAGE=... -DFILES=a;b -P prompt_docs_check.cmake.
file(READ ${PAGE} page)
foreach(source IN LISTS FILES)
  file(READ ${source} text)
  string(FIND "${page}" "${text}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${PAGE} does not show ${source} as it is")
  endif()
endforeach()
message(STATUS "${PAGE} shows the tested host")
